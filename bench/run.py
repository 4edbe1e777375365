"""Throughput and latency of every kind of page against the real stack on loopback.

    python bench/run.py [--workers 2] [--duration 10] [--connections 16] [--skip-seed]

Starts PostgreSQL and Redis if needed, migrates the bench database, loads the curated content and
the scaled synthetic data set (bench/seed.py; it includes the TISC network dashboard over 50 host
institutions and three years of records), starts gunicorn (N workers) and a Celery worker,
then drives each URL with wrk in a separate process and prints one table: requests per second,
p50/p95 latency, errors, and throughput as a ratio of the plain "hello" Django view.
"""

import argparse
import json
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from stack import BASE_URL, Stack, ensure_services, manage

HERE = Path(__file__).resolve().parent

RESULT = re.compile(
    r"RESULT rps=(?P<rps>[\d.]+) p50=(?P<p50>[\d.]+) p95=(?P<p95>[\d.]+) p99=[\d.]+ "
    r"requests=(?P<requests>\d+) errors=(?P<errors>\d+) non2xx=(?P<non2xx>\d+)"
)


def measure(path: str, duration: int, connections: int) -> dict:
    command = [
        "wrk",
        "-t2",
        f"-c{connections}",
        f"-d{duration}s",
        "--latency",
        "-s",
        str(HERE / "report.lua"),
        BASE_URL + path,
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    match = RESULT.search(output)
    if not match:
        raise RuntimeError(f"wrk printed no result for {path}:\n{output}")
    return {key: float(value) for key, value in match.groupdict().items()}


def settle(timeout: float = 60) -> None:
    """Wait until requests still queued from the last URL are done, so each URL is measured alone."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        started = time.monotonic()
        with urllib.request.urlopen(BASE_URL + "/bench/hello", timeout=timeout):
            pass
        if time.monotonic() - started < 0.05:
            return
        time.sleep(0.5)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--skip-seed", action="store_true", help="Reuse the data set of an earlier run.")
    args = parser.parse_args()

    ensure_services()
    manage("migrate", "--noinput", "--verbosity", "0")
    if not args.skip_seed:
        subprocess.run([sys.executable, str(HERE / "seed.py")], check=True)
    targets = [("hello (baseline)", "/bench/hello"), *json.loads((HERE / "targets.json").read_text())]
    with Stack(workers=args.workers):
        rows = []
        for name, path in targets:
            rows.append((name, path, measure(path, args.duration, args.connections)))
            settle()

    hello_rps = rows[0][2]["rps"]
    print(f"\n{args.workers} gunicorn workers, wrk {args.connections} connections x {args.duration} s per URL\n")
    print(
        f"{'page':34s} {'req/s':>8s} {'p50 ms':>8s} {'p95 ms':>8s} {'non-2xx':>8s} {'timeouts':>9s}"
        f" {'vs hello':>9s}  path"
    )
    for name, path, result in rows:
        # wrk counts non-2xx answers among its errors; the rest are timeouts (2 s) and socket errors.
        timeouts = int(result["errors"] - result["non2xx"])
        print(
            f"{name:34s} {result['rps']:8.1f} {result['p50']:8.1f} {result['p95']:8.1f} {int(result['non2xx']):8d}"
            f" {timeouts:9d} {result['rps'] / hello_rps:9.3f}  {path}"
        )


if __name__ == "__main__":
    main()
