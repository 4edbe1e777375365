"""Memory of each gunicorn worker after 10,000 mixed requests, twice: it must not grow.

    python bench/memory.py [--workers 2] [--requests 10000]

Curated content (the database of bench/pages.py), the shared page cache on as in production. The
mix: every page kind of bench/pages.py in rotation, every fifth request a search with a fresh
query (a page rendered from scratch), 8 clients at once, each with a browser User-Agent. Prints
each worker's resident memory (RSS, from /proc) after start-up, after the first and after the
second round of requests.
"""

import argparse
import http.client
import itertools
import os
import subprocess
import threading

DATABASE = "inspire_bench_pages"
os.environ.setdefault("BENCH_DATABASE_URL", f"postgres://inspire:inspire@127.0.0.1:5432/{DATABASE}")

import stack
from pages import PAGES

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0"
WORDS = ("patent", "register", "gazette", "kenya", "brazil", "policy", "landscape", "vaccine", "battery")


def worker_rss(master_pid: int) -> list[int]:
    """Resident memory in MiB of each child of the gunicorn master."""
    children = subprocess.run(["pgrep", "-P", str(master_pid)], capture_output=True, text=True).stdout.split()
    sizes = []
    for pid in children:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            rss_kb = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
        sizes.append(round(rss_kb / 1024, 1))
    return sorted(sizes)


def hammer(total: int, clients: int = 8) -> int:
    paths = itertools.cycle([path for _name, path in PAGES])
    counter = itertools.count()
    lock = threading.Lock()
    failures = []

    def client():
        connection = http.client.HTTPConnection(stack.HOST, stack.PORT, timeout=30)
        while True:
            with lock:
                number = next(counter)
                path = next(paths)
            if number >= total:
                return
            if number % 5 == 0:
                path = f"/search/?q={WORDS[number % len(WORDS)]}+{number}"
            connection.request("GET", path, headers={"User-Agent": BROWSER, "Host": stack.HOST})
            response = connection.getresponse()
            response.read()
            if response.status >= 500:
                failures.append(path)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return len(failures)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--requests", type=int, default=10_000)
    args = parser.parse_args()

    stack.ensure_services()
    subprocess.run(["su", "postgres", "-c", f"createdb -O inspire {DATABASE}"], capture_output=True, check=False)
    stack.manage("migrate", "--noinput", "--verbosity", "0")
    stack.manage("load_content", "--prune", "--verbosity", "0")
    # The search rate limit would answer most of one client's searches with 429.
    os.environ["RATE_LIMIT_SEARCH_PER_MINUTE"] = "100000000"
    with stack.Stack(workers=args.workers) as running:
        master = running.processes["web"].pid
        print(f"after start-up:            {worker_rss(master)} MiB")
        for round_number in (1, 2):
            failures = hammer(args.requests)
            print(f"after round {round_number} ({args.requests} requests, {failures} 5xx): {worker_rss(master)} MiB")


if __name__ == "__main__":
    main()
