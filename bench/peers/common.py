"""What the three seed scripts share: the data shape, the post bodies, the database settings and the
signed-in session. Each seed script imports this with its own project's Python and Django, with
bench/ and bench/peers/ on PYTHONPATH (bench/peers.py sets it)."""

import argparse
import json
import os
import random
from urllib.parse import urlsplit

# bench/seed.py: the words our own seed_forum writes.
from seed import MARK, words

# The shape of seed_forum in bench/seed.py: one 200-post thread, then 50-post topics; 1,000 topics.
TOPIC_SIZES = [200] + [50] * 999
AUTHORS = 50
MEMBER = "peer-member"
# bench/report.lua's: our site counts no usage for a request without a browser's User-Agent.
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0"
LONG_TITLE = f"{MARK} Long thread"
FORUM_NAME = f"{MARK} Load test forum"


def skip_seed() -> bool:
    """The seed scripts' one option: `--skip-seed` reuses the data of an earlier run."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-seed", action="store_true")
    return parser.parse_args().skip_seed


def topic_title(n: int) -> str:
    return LONG_TITLE if n == 0 else f"{MARK} Topic {n}"


def middle_page(per_page: int) -> int:
    """The page in the middle of the 200-post thread, at the project's own page size."""
    return -(-TOPIC_SIZES[0] // per_page) // 2


def bodies() -> list[list[str]]:
    """Each topic's post texts, drawn in the order (and from the seed) seed_forum draws ours."""
    rng = random.Random(2026)
    return [[f"{MARK} {words(rng, 30)}" for _ in range(size)] for size in TOPIC_SIZES]


def database_from_url() -> dict:
    """Django's DATABASES entry from DATABASE_URL, the variable our own settings read too."""
    url = urlsplit(os.environ["DATABASE_URL"])
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": url.path.lstrip("/"),
        "USER": url.username,
        "PASSWORD": url.password,
        "HOST": url.hostname,
        "PORT": str(url.port),
    }


def session_cookie(user, backend: str) -> str:
    """A session signed in through the project's own login(), stored by its own session engine."""
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import login
    from django.http import HttpRequest

    request = HttpRequest()
    request.META.update(REMOTE_ADDR="127.0.0.1", HTTP_USER_AGENT=BROWSER)
    request.session = import_module(settings.SESSION_ENGINE).SessionStore()
    login(request, user, backend=backend)
    request.session.save()
    return f"{settings.SESSION_COOKIE_NAME}={request.session.session_key}"


def queries_per_view(pages: dict[str, str], cookie: str) -> dict[str, int]:
    """The queries of one view of each page, anonymous and signed in, through Django's test client."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    counts = {}
    for mode in ("anonymous", "signed in"):
        client = Client(HTTP_USER_AGENT=BROWSER, SERVER_NAME="127.0.0.1")
        if mode == "signed in":
            name, key = cookie.split("=")
            client.cookies[name] = key
        for page, path in pages.items():
            # The first view writes what later ones only read (read marks, caches): count a later one.
            client.get(path)
            with CaptureQueriesContext(connection) as queries:
                client.get(path)
            counts[f"{page}, {mode}"] = len(queries)
    return counts


def report(**facts) -> None:
    """The one line bench/peers.py reads: the paths it measures, the cookie, what the pages are."""
    from django.conf import settings

    facts["queries"] = queries_per_view({"thread": facts["thread"], "topics": facts["topics"]}, facts["cookie"])
    facts["cache"] = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    facts["sessions"] = settings.SESSION_ENGINE.rsplit(".", 1)[-1]
    print("PEER " + json.dumps(facts))


def hello(request):
    """The peers' own "hello": bench/peers.py polls it to know a server is idle again, never measures it."""
    from django.http import HttpResponse

    return HttpResponse("hello", content_type="text/plain")
