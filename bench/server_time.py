"""Server time of one uncached request per page, in process, on the curated content or at scale.

    python bench/server_time.py [--scale 0] [--requests 40] [--signed-in] [--only registers] [--profile]

Loads the curated content, plus `--scale` synthetic rows per app and ten times as many forum posts
(bench/seed.py), into a database of its own (`inspire_bench_t<scale>`), then sends every page
through Django's whole request handler in this process (test client, production settings, a
browser User-Agent so usage capture runs, the shared page cache off) and prints the median and
p90 of each page's server time and its query count, with the "hello" view first. No network and
no load tool: this is what one reader waits for on an idle server, and what the goal of 15 ms
(curated content) and 40 ms (10k rows per app) is stated in. `--profile` prints, for each page
measured, the functions that took the most time of their own (cProfile) over its requests.
"""

import argparse
import cProfile
import os
import pstats
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"

PAGES = [
    ("home", "/"),
    ("databases", "/databases/"),
    ("database report", "/databases/espacenet/"),
    ("databases compare", "/databases/compare/?db=espacenet&db=patentscope&db=the-lens"),
    ("registers", "/registers/"),
    ("registers map", "/registers/map/"),
    ("jurisdiction file", "/registers/KE/"),
    ("status check", "/registers/check/?number=EP1234567"),
    ("analytics", "/analytics/"),
    ("policies", "/policies/"),
    ("policy toolkit", "/policies/toolkit/"),
    ("etisc", "/etisc/"),
    ("tisc networks", "/tisc/"),
    ("programmes", "/programmes/"),
    ("learning", "/learning/"),
    ("search", "/search/?q=patent+register"),
    ("registers in Arabic", "/ar/registers/"),
    ("API databases", "/api/v1/databases/databases/"),
    ("API registers", "/api/v1/registers/jurisdictions/"),
    ("API analytics", "/api/v1/analytics/reports/"),
    ("API policies", "/api/v1/policies/policies/"),
    ("API eTISC topics", "/api/v1/etisc/topics/"),
]


def prepare(scale: int) -> None:
    database = f"inspire_bench_t{scale}"
    os.environ["BENCH_DATABASE_URL"] = f"postgres://inspire:inspire@127.0.0.1:5432/{database}"
    os.environ["BENCH_REDIS_URL"] = "redis://127.0.0.1:6379/8"
    sys.path.insert(0, str(HERE))
    import stack

    stack.ensure_services()
    subprocess.run(["su", "postgres", "-c", f"createdb -O inspire {database}"], capture_output=True, check=False)
    stack.manage("migrate", "--noinput", "--verbosity", "0")
    stack.manage("collectstatic", "--noinput", "--verbosity", "0")
    if scale:
        seed = [sys.executable, str(HERE / "seed.py"), "--scale", str(scale), "--posts", str(10 * scale)]
        subprocess.run(seed, check=True, env=stack.stack_env())
    else:
        stack.manage("load_content", "--prune", "--verbosity", "0")
    os.environ.update(stack.stack_env(), ALLOWED_HOSTS="testserver", PAGE_CACHE_SECONDS="0")
    sys.path.insert(0, str(stack.ROOT))


def forum_pages() -> list[tuple[str, str]]:
    from etisc.models import Group, Topic

    public = Topic.objects.filter(group__visibility=Group.Visibility.PUBLIC)
    topic = public.filter(title="[synthetic] Long thread").first() or public.order_by("-pk").first()
    if topic is None:
        return []
    return [("eTISC topic list", "/etisc/topics/"), ("thread page", f"{topic.get_absolute_url()}?page=2")]


def sign_in(client) -> None:
    from django.contrib.auth import get_user_model

    user, _ = get_user_model().objects.get_or_create(username="bench-reader", defaults={"email": "r@example.org"})
    client.force_login(user)


def time_page(client, path: str, requests: int) -> tuple[float, float, int, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(3):  # warm: imports, template loading, translation catalogues
        status = client.get(path, HTTP_USER_AGENT=BROWSER).status_code
    samples = []
    for _ in range(requests):
        started = time.perf_counter()
        client.get(path, HTTP_USER_AGENT=BROWSER)
        samples.append((time.perf_counter() - started) * 1000)
    with CaptureQueriesContext(connection) as queries:
        client.get(path, HTTP_USER_AGENT=BROWSER)
    samples.sort()
    return statistics.median(samples), samples[int(0.9 * (len(samples) - 1))], len(queries), status


def profile_page(client, path: str, requests: int) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(requests):
        client.get(path, HTTP_USER_AGENT=BROWSER)
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(20)
    # Where the time goes among the project's own functions (templates show as render_to_string).
    stats.sort_stats("cumulative").print_stats(rf"{HERE.parent}/(?!\.venv)|loader.py.*render_to_string", 30)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=0, help="synthetic rows per app (0: curated content only)")
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--signed-in", action="store_true")
    parser.add_argument("--only", help="measure only pages whose name contains this")
    parser.add_argument("--profile", action="store_true", help="print where each page's time goes")
    args = parser.parse_args()

    prepare(args.scale)
    import django

    django.setup()
    from django.test import Client

    client = Client()
    if args.signed_in:
        sign_in(client)
    pages = [("hello", "/bench/hello"), *PAGES, *forum_pages()]
    if args.only:
        pages = [page for page in pages if args.only in page[0] or page[0] == "hello"]
    who = "signed in" if args.signed_in else "anonymous"
    print(f"\nscale {args.scale}, {who}, {args.requests} requests per page, page cache off\n")
    print(f"{'page':22s} {'p50 ms':>8s} {'p90 ms':>8s} {'queries':>8s} {'status':>7s}  path")
    for name, path in pages:
        p50, p90, queries, status = time_page(client, path, args.requests)
        print(f"{name:22s} {p50:8.1f} {p90:8.1f} {queries:8d} {status:7d}  {path}")
        if args.profile and name != "hello":
            profile_page(client, path, args.requests)


if __name__ == "__main__":
    main()
