"""Fault drill on the real stack: with load running, kill Redis (no persistence, as managed Redis
often runs) for 30 s, then stop the Celery worker for 30 s, restart the web workers, bring everything
back, and count what was lost.

    python bench/faults.py

Prints: page requests and non-2xx answers under load (wrk), forum posts accepted vs stored, report
downloads answered vs counted (on the report and in usage analytics), usage events sent (page views
and downloads answered to a browser) vs stored, and notification e-mails queued vs delivered after
recovery. The data set is the curated content in the bench database.

The drill's Redis is a server of its own on the port of BENCH_REDIS_URL (default 6390), which must
not be a Redis that anything else on the machine uses: the drill kills it.
"""

import os
import signal
import subprocess
import threading
import time
import urllib.error
import urllib.request
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

# The drill kills its Redis, so by default it is a server of its own, not the one on 6379.
os.environ.setdefault("BENCH_REDIS_URL", "redis://127.0.0.1:6390/9")
import stack

REDIS_PORT = str(urlsplit(stack.BENCH_REDIS_URL).port or 6379)
# Named after the ports, so two drills on one machine (other BENCH_PORT and BENCH_REDIS_URL) keep apart.
MAIL_DIR = Path(f"/tmp/inspire-faults-{stack.PORT}-mail")
REDIS_DIR = Path(f"/tmp/inspire-faults-{REDIS_PORT}-redis")
# Nothing Redis holds survives its death: usage events must not depend on it.
REDIS_EPHEMERAL = ["--port", REDIS_PORT, "--dir", str(REDIS_DIR), "--appendonly", "no", "--save", ""]
REDIS_PIDFILE = REDIS_DIR / "redis.pid"
BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36"
TIMELINE = {"redis_down": 10, "redis_up": 40, "worker_down": 50, "web_restart": 65, "worker_up": 80, "end": 95}
POST_EVERY_SECONDS = 7  # under eTISC's per-IP posting limit (10 a minute)


def prepare():
    """Bench database with curated content, a poster with a token, and a watcher of one topic."""
    os.environ["REDIS_URL"] = stack.BENCH_REDIS_URL
    # Four slashes: django-environ drops one, and the path must stay absolute.
    os.environ["EMAIL_URL"] = f"filemail:///{MAIL_DIR}"
    from _django import setup

    setup()
    from django.core.management import call_command
    from django.utils import timezone
    from rest_framework.authtoken.models import Token

    from analytics.models import Report
    from etisc import services
    from etisc.models import Group, Topic, Watch, WatchLevel
    from inspire.accounts.models import User

    call_command("load_content", verbosity=0)
    long_ago = timezone.now() - timedelta(days=30)
    poster, _ = User.objects.update_or_create(username="faults-poster", defaults={"date_joined": long_ago})
    watcher, _ = User.objects.update_or_create(
        username="faults-watcher", defaults={"date_joined": long_ago, "email": "watcher@example.org"}
    )
    group = Group.objects.filter(visibility=Group.Visibility.PUBLIC).first()
    for user in (poster, watcher):
        services.membership_join(user=user, group=group)
    topic = Topic.objects.filter(group=group, title="Fault drill").first() or services.topic_create(
        user=poster, group=group, title="Fault drill", body="Posts written while Redis and the worker go away."
    )
    Watch.objects.update_or_create(user=watcher, topic=topic, defaults={"level": WatchLevel.WATCHING})
    token, _ = Token.objects.get_or_create(user=poster)
    report = Report.objects.published().exclude(landing_url="").first()
    return token.key, topic, report, poster


class Writer(threading.Thread):
    """Posts to the forum and downloads a report at a steady pace, noting every answer."""

    def __init__(self, token: str, topic_id: int, download_path: str, stop: threading.Event):
        super().__init__(daemon=True)
        self.token, self.topic_id, self.download_path, self.stop = token, topic_id, download_path, stop
        self.posts_accepted = self.downloads_answered = self.downloads_failed = 0
        self.posts_refused: list[int] = []

    def request(self, path: str, data: bytes | None = None, headers: dict | None = None) -> int:
        request = urllib.request.Request(stack.BASE_URL + path, data=data, headers=headers or {})
        opener = urllib.request.build_opener(NoRedirect)
        try:
            with opener.open(request, timeout=10) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code
        except OSError:
            return 0

    def run(self) -> None:
        last_post = 0.0
        while not self.stop.is_set():
            if time.monotonic() - last_post >= POST_EVERY_SECONDS:
                last_post = time.monotonic()
                body = f'{{"topic": {self.topic_id}, "body": "Drill post at {time.time():.1f}"}}'.encode()
                status = self.request(
                    "/api/v1/etisc/posts/",
                    body,
                    {"Authorization": f"Token {self.token}", "Content-Type": "application/json"},
                )
                if status == 201:
                    self.posts_accepted += 1
                else:
                    self.posts_refused.append(status)
            status = self.request(self.download_path, headers={"User-Agent": BROWSER_UA})
            if status in (200, 302):
                self.downloads_answered += 1
            else:
                self.downloads_failed += 1
            time.sleep(0.5)


class Visitor(threading.Thread):
    """A browser reading the home page over and over: each 200 is one page view usage must keep."""

    def __init__(self, stop: threading.Event):
        super().__init__(daemon=True)
        self.stop = stop
        self.views_answered = self.views_failed = 0

    def run(self) -> None:
        request = urllib.request.Request(stack.BASE_URL + "/", headers={"User-Agent": BROWSER_UA})
        while not self.stop.is_set():
            try:
                with urllib.request.urlopen(request, timeout=10) as response:
                    response.read()
                    self.views_answered += response.status == 200
            except OSError:
                self.views_failed += 1
            time.sleep(0.05)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def start_load(path: str, seconds: int) -> subprocess.Popen:
    return subprocess.Popen(
        [
            "wrk",
            "-t1",
            "-c4",
            f"-d{seconds}s",
            "-s",
            str(Path(__file__).with_name("report.lua")),
            stack.BASE_URL + path,
        ],
        stdout=subprocess.PIPE,
        text=True,
    )


def redis_start() -> None:
    subprocess.run(
        ["redis-server", *REDIS_EPHEMERAL, "--pidfile", str(REDIS_PIDFILE), "--daemonize", "yes"], check=True
    )
    for _ in range(50):
        if subprocess.run(["redis-cli", "-p", REDIS_PORT, "ping"], capture_output=True, check=False).returncode == 0:
            return
        time.sleep(0.2)
    raise RuntimeError("Redis did not start")


def redis_kill() -> None:
    """Crash Redis (SIGKILL): whatever it held in memory is gone."""
    try:
        os.kill(int(REDIS_PIDFILE.read_text()), signal.SIGKILL)
    except (FileNotFoundError, ProcessLookupError, ValueError):
        return
    for _ in range(50):
        if subprocess.run(["redis-cli", "-p", REDIS_PORT, "ping"], capture_output=True, check=False).returncode:
            return
        time.sleep(0.1)


def main() -> None:
    MAIL_DIR.mkdir(exist_ok=True)
    REDIS_DIR.mkdir(exist_ok=True)
    for old in MAIL_DIR.iterdir():
        old.unlink()
    redis_kill()
    redis_start()
    stack.ensure_services()
    token, topic, report, poster = prepare()
    from analytics.models import Report
    from etisc.models import Notification, Post
    from inspire.usage.models import Event

    posts_before = Post.objects.filter(topic=topic, author=poster).count()
    downloads_before = Report.objects.get(pk=report.pk).download_count
    usage_before = Event.objects.filter(kind="download").count()
    events_before = Event.objects.count()
    notifications_before = Notification.objects.filter(recipient__username="faults-watcher").count()

    with stack.Stack(workers=2) as running:
        loads = [start_load(path, TIMELINE["end"]) for path in ("/", "/databases/", "/api/v1/registers/jurisdictions/")]
        stop = threading.Event()
        writer = Writer(token, topic.pk, report.get_download_url(), stop)
        writer.start()
        visitor = Visitor(stop)
        visitor.start()
        started = time.monotonic()

        def at(moment: str) -> None:
            time.sleep(max(0.0, started + TIMELINE[moment] - time.monotonic()))
            print(f"t={time.monotonic() - started:5.1f}s  {moment}")

        at("redis_down")
        redis_kill()
        at("redis_up")
        redis_start()
        at("worker_down")
        running.stop("worker")
        at("web_restart")
        # Graceful restart of the web workers: what each holds in memory must be written as it exits.
        running.processes["web"].send_signal(signal.SIGHUP)
        at("worker_up")
        running.start_worker()
        at("end")
        stop.set()
        writer.join()
        visitor.join()
        results = [load.communicate()[0] for load in loads]
        # What beat does after an outage: re-queue e-mails left unsent (at once here, not after 2 minutes).
        from etisc.services import notifications_retry_unsent

        notifications_retry_unsent(older_than=timedelta(0))
        time.sleep(15)  # let the worker deliver
    # Usage events need no flush here: each web process stored its own before it exited.

    print("\nPages under load (wrk, 3 URLs):")
    for path, output in zip(("/", "/databases/", "/api/v1/registers/jurisdictions/"), results, strict=True):
        line = next((row for row in output.splitlines() if row.startswith("RESULT")), "RESULT none")
        print(f"  {path:36s} {line.removeprefix('RESULT ')}")
    posts_stored = Post.objects.filter(topic=topic, author=poster).count() - posts_before
    downloads_counted = Report.objects.get(pk=report.pk).download_count - downloads_before
    usage_counted = Event.objects.filter(kind="download").count() - usage_before
    notifications = Notification.objects.filter(recipient__username="faults-watcher")
    created = notifications.count() - notifications_before
    unsent = notifications.filter(email_state=Notification.EmailState.PENDING).count()
    mails = len(list(MAIL_DIR.iterdir()))
    refused = len(writer.posts_refused)
    print(
        f"Forum posts: {writer.posts_accepted} accepted (201), {refused} refused {writer.posts_refused}, "
        f"{posts_stored} stored"
    )
    print(
        f"Downloads: {writer.downloads_answered} answered, {writer.downloads_failed} failed, "
        f"{downloads_counted} counted on the report, {usage_counted} recorded by usage analytics"
    )
    print(f"Notifications: {created} created, {unsent} still unsent, {mails} e-mails delivered")
    events_sent = visitor.views_answered + writer.downloads_answered
    events_stored = Event.objects.count() - events_before
    print(
        f"Usage events: {events_sent} sent ({visitor.views_answered} page views, {writer.downloads_answered} "
        f"downloads), {events_stored} stored, {max(0, events_sent - events_stored)} lost"
    )
    redis_kill()


if __name__ == "__main__":
    main()
