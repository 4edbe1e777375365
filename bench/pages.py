"""Anonymous pages on the curated content, with the shared page cache off and on, against "hello".

    python bench/pages.py [--workers 2] [--duration 8] [--connections 8]

Loads the curated content (no synthetic rows) into its own bench database, then starts gunicorn
twice on the same data: once with PAGE_CACHE_SECONDS=0 (every page rendered) and once with the
cache on (the default). Each run measures "hello" first, so every ratio compares pages with the
stack's ceiling in that same run. Prints one table: req/s and ratio to hello, uncached and cached.
"""

import argparse
import os
import subprocess

# Its own database: the curated content alone, not the scaled rows of bench/run.py.
DATABASE = "inspire_bench_pages"
os.environ.setdefault("BENCH_DATABASE_URL", f"postgres://inspire:inspire@127.0.0.1:5432/{DATABASE}")

import stack
from run import measure, settle

PAGES = [
    ("home", "/"),
    ("databases", "/databases/"),
    ("database report", "/databases/espacenet/"),
    ("registers", "/registers/"),
    ("registers map", "/registers/map/"),
    ("jurisdiction file", "/registers/ke/"),
    ("analytics", "/analytics/"),
    ("policies", "/policies/"),
    ("etisc", "/etisc/"),
    ("tisc networks", "/tisc/"),
    ("programmes", "/programmes/"),
    ("learning", "/learning/"),
    ("databases in French", "/fr/databases/"),
    ("registers in Arabic", "/ar/registers/"),
]


def run_once(cache_seconds: int, args) -> dict[str, float]:
    os.environ["PAGE_CACHE_SECONDS"] = str(cache_seconds)
    results = {}
    with stack.Stack(workers=args.workers):
        for _name, path in [("hello", "/bench/hello"), *PAGES]:
            measure(path, 2, args.connections)  # warm: fills caches and imports lazily loaded code
            settle()
            results[path] = measure(path, args.duration, args.connections)["rps"]
            settle()
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--duration", type=int, default=8)
    parser.add_argument("--connections", type=int, default=8)
    args = parser.parse_args()

    stack.ensure_services()
    subprocess.run(
        ["su", "postgres", "-c", "createdb -O inspire inspire_bench_pages"], capture_output=True, check=False
    )
    stack.manage("migrate", "--noinput", "--verbosity", "0")
    stack.manage("load_content", "--prune", "--verbosity", "0")

    uncached = run_once(0, args)
    cached = run_once(300, args)

    print(f"\n{args.workers} gunicorn workers, wrk {args.connections} connections x {args.duration} s per URL")
    print(f"hello: {uncached['/bench/hello']:.0f} req/s (cache-off run), {cached['/bench/hello']:.0f} (cache-on run)\n")
    print(f"{'page':22s} {'uncached':>9s} {'vs hello':>9s} {'cached':>9s} {'vs hello':>9s}  path")
    for name, path in PAGES:
        off, on = uncached[path], cached[path]
        print(
            f"{name:22s} {off:9.1f} {off / uncached['/bench/hello']:9.3f} {on:9.1f}"
            f" {on / cached['/bench/hello']:9.3f}  {path}"
        )


if __name__ == "__main__":
    main()
