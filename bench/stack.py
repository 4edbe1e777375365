"""Start and stop the real stack on loopback for benchmarks: PostgreSQL and Redis (already
installed), gunicorn with N workers and a Celery worker, all against the bench database."""

import os
import shutil
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin"
HOST, PORT = "127.0.0.1", int(os.environ.get("BENCH_PORT", "8765"))
BASE_URL = f"http://{HOST}:{PORT}"
BENCH_DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://inspire:inspire@127.0.0.1:5432/inspire_bench")
BENCH_REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9")


def stack_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="inspire.settings.prod",
        DJANGO_SECRET_KEY="bench-only-0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJKL",
        ALLOWED_HOSTS=HOST,
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=BENCH_DATABASE_URL,
        REDIS_URL=BENCH_REDIS_URL,
        INSPIRE_BENCH_HELLO="true",
        # The load tool is one client hammering the site: API and search rate limits would measure nothing else.
        API_THROTTLE_ANON="100000000/minute",
        API_THROTTLE_USER="100000000/minute",
        API_THROTTLE_WRITES="100000000/minute",
        RATE_LIMIT_SEARCH_PER_MINUTE="100000000",
        RATE_LIMIT_SUGGEST_PER_MINUTE="100000000",
        LOG_LEVEL="WARNING",
    )
    return env


def ensure_services() -> None:
    """PostgreSQL and Redis from Debian's packages, started if they are not running; wrk for load."""
    missing = [pkg for pkg, binary in (("wrk", "wrk"), ("redis-server", "redis-server")) if not shutil.which(binary)]
    if missing:
        subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True)
    if subprocess.run(["pg_isready", "-q", "-h", HOST], check=False).returncode != 0:
        version = sorted(os.listdir("/etc/postgresql"))[-1]
        subprocess.run(["pg_ctlcluster", version, "main", "start"], check=True)
    if subprocess.run(["redis-cli", "ping"], capture_output=True, check=False).returncode != 0:
        subprocess.run(["redis-server", "--daemonize", "yes", "--save", "", "--appendonly", "no"], check=True)


def manage(*args: str) -> None:
    subprocess.run([str(VENV_BIN / "python"), "manage.py", *args], cwd=ROOT, env=stack_env(), check=True)


class Stack:
    """gunicorn + Celery worker as child processes; use as a context manager."""

    def __init__(self, workers: int = 2):
        self.workers = workers
        self.processes: dict[str, subprocess.Popen] = {}

    def __enter__(self) -> "Stack":
        manage("collectstatic", "--noinput", "--verbosity", "0")
        self.start_web()
        self.start_worker()
        return self

    def __exit__(self, *exc) -> None:
        for name in list(self.processes):
            self.stop(name)

    def start_web(self) -> None:
        command = [
            str(VENV_BIN / "gunicorn"),
            "inspire.wsgi",
            "--bind",
            f"{HOST}:{PORT}",
            "--workers",
            str(self.workers),
            "--log-level",
            "warning",
        ]
        self.processes["web"] = subprocess.Popen(command, cwd=ROOT, env=stack_env())
        wait_for(f"{BASE_URL}/healthz")

    def start_worker(self) -> None:
        command = [str(VENV_BIN / "celery"), "-A", "inspire", "worker", "--pool", "solo", "--loglevel", "warning"]
        self.processes["worker"] = subprocess.Popen(command, cwd=ROOT, env=stack_env())

    def stop(self, name: str) -> None:
        process = self.processes.pop(name, None)
        if process and process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


def wait_for(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"{url} did not answer within {timeout} s")
