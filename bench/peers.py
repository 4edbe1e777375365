"""Our forum against django-machina and django-spirit: the same data, the same server, pages interleaved.

    python bench/peers.py [--rounds 6] [--duration 5] [--connections 8] [--skip-install] [--skip-seed]

Installs each peer from PyPI into its own virtualenv under bench/.peers/ (django-machina 1.3 and
django-spirit 0.14, each on Django 4.2, the newest both support, with gunicorn and psycopg). Nothing
of theirs enters the repository: bench/peers/ holds only their settings, URLs and seed scripts, and
spirit's project is made by its own `spirit startproject` under bench/.peers/. Each site gets its
own PostgreSQL database, seeded in bulk through its own ORM with one shape (bench/peers/common.py:
seed_forum's of bench/seed.py, 1,000 topics in one forum, one of 200 posts and 999 of 50, the same
30-word posts by 50 authors) and a member signed in through its own login().

Then gunicorn, 2 workers each, serves every site at once on loopback: ours on its production
settings twice, as deployed (anonymous pages from the shared page cache) and with
PAGE_CACHE_SECONDS=0 (every page rendered), and the peers on their production settings with their
default caches. Each page must answer 200, not a redirect, and be signed in exactly when the session
cookie is sent. Writes per view are PostgreSQL's per-table row counters over 50 more views of each
page. Then, after a one-second warm-up of each, every round runs our "hello" and every page,
anonymous and signed in, on every site, one after the other, with wrk (browser User-Agent,
bench/report.lua); the table shows each median over the rounds, ours divided by each peer, and each
against hello. --skip-install and --skip-seed reuse the virtualenvs and databases of an earlier run.
"""

import argparse
import importlib.metadata
import json
import os
import statistics
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

# Databases and a Redis database of its own: no other bench script's data joins the forum's.
os.environ.setdefault("BENCH_DATABASE_URL", "postgres://inspire:inspire@127.0.0.1:5432/inspire_bench_peers")
os.environ.setdefault("BENCH_REDIS_URL", "redis://127.0.0.1:6379/10")
os.environ.setdefault("BENCH_PORT", "8781")

import psycopg2
import stack
from run import RESULT

HERE = Path(__file__).resolve().parent
PEERS_HOME = HERE / ".peers"
# bench/report.lua's: our site counts no usage for a request without a browser's User-Agent.
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0"
REQUIREMENTS = ["Django>=4.2,<5", "gunicorn", "psycopg[binary]"]
PAGES = [("thread page", "thread"), ("topic list", "topics")]
MODES = ["anonymous", "signed in"]
WRITE_VIEWS = 50
# PostgreSQL 15 sends an idle connection's row counters to pg_stat_user_tables within 10 s.
STATS_FLUSH_SECONDS = 12
WORKERS = 2


@dataclass
class Site:
    name: str
    port: int
    database: str
    bin: Path
    seed: str
    env: dict[str, str]
    facts: dict = field(default_factory=dict)
    modes: tuple[str, ...] = tuple(MODES)

    @property
    def base(self) -> str:
        return f"http://{stack.HOST}:{self.port}"


@dataclass
class Peer:
    name: str
    package: str
    requirement: str
    port: int
    settings: str
    # Management commands its production settings need before it serves a page.
    commands: list[list[str]]
    startproject: bool = False

    @property
    def home(self) -> Path:
        return PEERS_HOME / self.name


PEERS = [
    Peer("machina", "django-machina", "django-machina==1.3.*", 8782, "machina_settings", [["migrate"]]),
    Peer(
        "spirit",
        "django-spirit",
        "django-spirit==0.14.*",
        8783,
        "spirit_settings",
        # Its caches are tables, and its static files are looked up in a manifest.
        [["migrate"], ["createcachetable"], ["collectstatic", "--noinput"]],
        startproject=True,
    ),
]
UNCACHED, UNCACHED_PORT = "ours, no page cache", 8784
SITE_NAMES = ["ours", UNCACHED, *(peer.name for peer in PEERS)]


def database_url(database: str) -> str:
    return urlsplit(stack.BENCH_DATABASE_URL)._replace(path=f"/{database}").geturl()


def connect(database: str):
    url = urlsplit(stack.BENCH_DATABASE_URL)
    connection = psycopg2.connect(
        dbname=database, user=url.username, password=url.password, host=url.hostname, port=url.port
    )
    connection.autocommit = True
    return connection


def ensure_database(database: str) -> None:
    with closing(connect("postgres")) as connection, connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database])
        if cursor.fetchone() is None:
            cursor.execute(f'CREATE DATABASE "{database}"')


def our_site() -> Site:
    env = {**stack.stack_env(), "PYTHONPATH": f"{HERE / 'peers'}:{HERE}"}
    database = urlsplit(stack.BENCH_DATABASE_URL).path.lstrip("/")
    return Site("ours", stack.PORT, database, stack.VENV_BIN, "ours_seed.py", env)


def uncached_site(ours: Site) -> Site:
    """Ours again, every page rendered: same database, member and paths, the page cache off."""
    env = {**stack.stack_env(), "PAGE_CACHE_SECONDS": "0"}
    # Signed-in pages are never cached: that run would repeat ours.
    return Site(UNCACHED, UNCACHED_PORT, ours.database, ours.bin, ours.seed, env, ours.facts, ("anonymous",))


def peer_site(peer: Peer) -> Site:
    database = f"inspire_bench_{peer.name}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": peer.settings,
        "DJANGO_SECRET_KEY": stack.stack_env()["DJANGO_SECRET_KEY"],
        "DATABASE_URL": database_url(database),
        "PEER_SITE_URL": f"http://{stack.HOST}:{peer.port}/",
        # Its settings and seed script, bench/seed.py's words, and spirit's generated project.
        "PYTHONPATH": f"{HERE / 'peers'}:{HERE}:{peer.home / 'site'}",
    }
    return Site(peer.name, peer.port, database, peer.home / "venv" / "bin", f"{peer.name}_seed.py", env)


def install(peer: Peer) -> None:
    venv = peer.home / "venv"
    if not venv.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(venv / "bin" / "pip"), "install", "-q", peer.requirement, *REQUIREMENTS], check=True)
    site = peer.home / "site"
    if peer.startproject and not site.exists():
        site.mkdir()
        # It runs django-admin, which is found only on the virtualenv's PATH.
        env = {**os.environ, "PATH": f"{venv / 'bin'}:{os.environ['PATH']}"}
        command = [str(venv / "bin" / peer.name), "startproject", "benchforum", "--path", str(site)]
        subprocess.run(command, env=env, check=True, capture_output=True)


def versions(site: Site, packages: list[str]) -> str:
    script = "import importlib.metadata as m, sys; print(', '.join(f'{p} {m.version(p)}' for p in sys.argv[1:]))"
    command = [str(site.bin / "python"), "-c", script, *packages]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()


def prepare(site: Site, peer: Peer | None, skip_seed: bool) -> dict:
    """Migrate and seed (unless skipped), then sign the member in: the facts its seed script prints."""
    if peer is not None:
        ensure_database(site.database)
        for command in [] if skip_seed else peer.commands:
            manage = [str(site.bin / "python"), "-m", "django", *command, "--verbosity", "0"]
            subprocess.run(manage, cwd=peer.home, env=site.env, check=True)
    command = [str(site.bin / "python"), str(HERE / "peers" / site.seed), *(["--skip-seed"] if skip_seed else [])]
    output = subprocess.run(command, cwd=stack.ROOT, env=site.env, capture_output=True, text=True, check=True).stdout
    for line in output.splitlines():
        if line.startswith("PEER "):
            return json.loads(line.removeprefix("PEER "))
    raise RuntimeError(f"{site.seed} printed no facts:\n{output}")


def start(site: Site, app: str, cwd: Path) -> subprocess.Popen:
    command = [str(site.bin / "gunicorn"), app, "--bind", f"{stack.HOST}:{site.port}"]
    command += ["--workers", str(WORKERS), "--log-level", "warning"]
    return subprocess.Popen(command, cwd=cwd, env=site.env)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a 3xx is then an HTTPError: a redirect must not pass for the page


OPENER = urllib.request.build_opener(NoRedirect)


def cookie(site: Site, mode: str) -> str | None:
    return site.facts["cookie"] if mode == "signed in" else None


def fetch(site: Site, path: str, mode: str) -> str:
    headers = {"User-Agent": BROWSER}
    if session := cookie(site, mode):
        headers["Cookie"] = session
    with OPENER.open(urllib.request.Request(site.base + path, headers=headers), timeout=30) as response:
        if response.status != 200:
            raise RuntimeError(f"{site.name} {path}: {response.status}")
        return response.read().decode()


def check(site: Site) -> None:
    """Every page answers 200 and shows the member signed in exactly when the cookie is sent."""
    for _, page in PAGES:
        for mode in site.modes:
            body = fetch(site, site.facts[page], mode)
            if (site.facts["signed_in_marker"] in body) != (mode == "signed in"):
                raise RuntimeError(f"{site.name} {site.facts[page]}: not {mode}")


def table_writes(database: str) -> Counter:
    """Rows written so far, by table; a new connection, so not a snapshot cached from before."""
    with closing(connect(database)) as connection, connection.cursor() as cursor:
        cursor.execute("SELECT relname, n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_user_tables")
        return Counter(dict(cursor.fetchall()))


def writes_per_view(sites: list[Site]) -> dict[tuple[str, str], Counter]:
    """Rows inserted, updated or deleted per view, by table: each page and mode, on every site at once.

    Each page was viewed before (check), so what only a first view writes is not counted. The sites
    must have a database each."""
    time.sleep(STATS_FLUSH_SECONDS)
    before = {site.name: table_writes(site.database) for site in sites}
    writes = {}
    for label, page in PAGES:
        for mode in MODES:
            for site in sites:
                for _ in range(WRITE_VIEWS):
                    fetch(site, site.facts[page], mode)
            time.sleep(STATS_FLUSH_SECONDS)
            for site in sites:
                after = table_writes(site.database)
                writes[site.name, f"{label}, {mode}"] = after - before[site.name]
                before[site.name] = after
    return writes


def load(url: str, session: str | None, duration: int, connections: int) -> dict:
    """run.measure() for any server, with the session cookie when signed in."""
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", "-s", str(HERE / "report.lua")]
    if session:
        command += ["-H", f"Cookie: {session}"]
    output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    match = RESULT.search(output)
    if not match:
        raise RuntimeError(f"wrk printed no result for {url}:\n{output}")
    return {key: float(value) for key, value in match.groupdict().items()}


def settle(site: Site, timeout: float = 60) -> None:
    """run.settle() for any server: wait until the requests still queued from the last run are done."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        started = time.monotonic()
        with urllib.request.urlopen(site.base + "/bench/hello", timeout=timeout):
            pass
        if time.monotonic() - started < 0.05:
            return
        time.sleep(0.5)


def rounds(sites: list[Site], args) -> tuple[dict[tuple[str, str], list[float]], list[str]]:
    """req/s of every (site, page, mode) per round, each round after our hello; and any failed runs."""
    rates: dict[tuple[str, str], list[float]] = {}
    failures = []
    cases = [("hello", sites[0], "/bench/hello", "anonymous")]
    cases += [
        (f"{label}, {mode}", site, site.facts[page], mode)
        for label, page in PAGES
        for mode in MODES
        for site in sites
        if mode in site.modes
    ]
    for _, site, path, mode in cases:
        # Warm: every worker loads its URLs, templates and caches before the first round counts.
        load(site.base + path, cookie(site, mode), 1, args.connections)
        settle(site)
    for number in range(args.rounds):
        for label, site, path, mode in cases:
            result = load(site.base + path, cookie(site, mode), args.duration, args.connections)
            rates.setdefault((site.name, label), []).append(result["rps"])
            if result["errors"]:
                failures.append(f"round {number + 1}, {site.name}, {label}: {int(result['errors'])} errors")
            settle(site)
        print(f"round {number + 1} of {args.rounds} done", flush=True)
    return rates, failures


def print_setup(sites: list[Site], installed: dict[str, str]) -> None:
    for site in sites:
        facts = site.facts
        print(f"{site.name}: {installed[site.name]}")
        print(
            f"  cache {facts['cache']}, sessions {facts['sessions']}; thread page {facts['thread_page']} at"
            f" {facts['thread_page_size']} posts a page: {facts['thread']}; topic list at"
            f" {facts['topics_page_size']} a page: {facts['topics']}"
        )
        print("  queries per view: " + ", ".join(f"{case} {count}" for case, count in facts["queries"].items()))


def print_rates(rates: dict[tuple[str, str], list[float]], args) -> None:
    median = {key: statistics.median(values) for key, values in rates.items()}
    hello = median["ours", "hello"]
    print(
        f"\ngunicorn {WORKERS} workers a site, wrk -t2 -c{args.connections} -d{args.duration}s, pages interleaved,"
        f" medians of {args.rounds} rounds, req/s; our hello {hello:.0f} req/s.\n"
        "ours: anonymous pages from its shared page cache, as deployed; nc: ours with PAGE_CACHE_SECONDS=0.\n"
    )
    print(
        f"{'page':22s} {'ours':>7s} {'nc':>7s} {'machina':>7s} {'spirit':>7s} {'o÷mach':>7s} {'o÷spir':>7s}"
        f" {'nc÷mach':>7s} {'nc÷spir':>7s} | vs hello: {'ours':>5s} {'nc':>5s} {'mach':>5s} {'spir':>5s}"
    )
    for label, _ in PAGES:
        for mode in MODES:
            case = f"{label}, {mode}"
            ours, nc, machina, spirit = (median.get((name, case)) for name in SITE_NAMES)
            cells = [cell(value, 7, 1) for value in (ours, nc, machina, spirit)]
            cells += [ratio(ours, machina), ratio(ours, spirit), ratio(nc, machina), ratio(nc, spirit), "|" + " " * 9]
            cells += [ratio(value, hello, 5, 3) for value in (ours, nc, machina, spirit)]
            print(f"{case:22s} " + " ".join(cells))


def cell(value: float | None, width: int, digits: int) -> str:
    return f"{value:{width}.{digits}f}" if value is not None else f"{'—':>{width}s}"


def ratio(value: float | None, other: float | None, width: int = 7, digits: int = 2) -> str:
    return cell(value / other if value is not None and other else None, width, digits)


def print_writes(writes: dict[tuple[str, str], Counter], names: list[str]) -> None:
    print(f"\nrows written per view (pg_stat_user_tables, {WRITE_VIEWS} views after a first one)\n")
    print(f"{'page':22s} " + " ".join(f"{name:>7s}" for name in names))
    cases = [f"{label}, {mode}" for label, _ in PAGES for mode in MODES]
    for case in cases:
        print(f"{case:22s} " + " ".join(f"{writes[name, case].total() / WRITE_VIEWS:7.2f}" for name in names))
    print("\nby table:")
    for (name, case), counts in writes.items():
        if counts:
            tables = ", ".join(f"{table} {rows / WRITE_VIEWS:.2f}" for table, rows in counts.most_common())
            print(f"  {name}, {case}: {tables}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--duration", type=int, default=5)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--skip-install", action="store_true", help="Reuse the peers' virtualenvs.")
    parser.add_argument("--skip-seed", action="store_true", help="Reuse the databases of an earlier run.")
    args = parser.parse_args()

    stack.ensure_services()
    ours = our_site()
    ours.facts = prepare(ours, None, args.skip_seed)
    installed = {
        "ours": ", ".join(f"{p} {importlib.metadata.version(p)}" for p in ("Django", "gunicorn", "psycopg2-binary"))
    }
    peers = []
    for peer in PEERS:
        if not args.skip_install:
            install(peer)
        site = peer_site(peer)
        site.facts = prepare(site, peer, args.skip_seed)
        installed[peer.name] = versions(site, [peer.package, "Django", "gunicorn", "psycopg"])
        peers.append(site)
    uncached = uncached_site(ours)
    sites = [ours, uncached, *peers]

    with stack.Stack(workers=WORKERS) as servers:
        # The Stack stops every process in its table on exit: these servers too.
        servers.processes[uncached.name] = start(uncached, "inspire.wsgi", stack.ROOT)
        for site in peers:
            servers.processes[site.name] = start(
                site, "django.core.wsgi:get_wsgi_application()", PEERS_HOME / site.name
            )
        for site in sites:
            stack.wait_for(site.base + "/bench/hello")
            check(site)
        writes = writes_per_view([ours, *peers])
        rates, failures = rounds(sites, args)

    print()
    print_setup([ours, *peers], installed)
    print_rates(rates, args)
    print_writes(writes, [site.name for site in [ours, *peers]])
    for failure in failures:
        print("FAILED:", failure)


if __name__ == "__main__":
    main()
