"""Test runs: fast hashing, tasks run in-process unless a test starts a real worker.

Tests never touch a running stack's data: they use their own Redis database (the cache is flushed
before every test) and a test database name unique to the run. Under pytest-xdist each worker takes
its own Redis database (15, 14, ...) and pytest-django gives each its own test database (`_gw0`, ...).
"""

import os
from urllib.parse import urlsplit

TEST_REDIS_DB = 15 - int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))


def _test_redis_url(url: str) -> str:
    return urlsplit(url)._replace(path=f"/{TEST_REDIS_DB}").geturl() if url else ""


# Rewritten before base reads it, so the cache, the broker and the result backend all move together.
os.environ["REDIS_URL"] = os.environ.get("TEST_REDIS_URL") or _test_redis_url(os.environ.get("REDIS_URL", ""))

from .base import *  # noqa: E402, F403
from .base import DATABASES, REST_FRAMEWORK, env  # noqa: E402

DATABASES["default"]["TEST"] = {"NAME": env.str("TEST_DATABASE_NAME", default=f"test_inspire_{os.getpid()}")}

DEBUG = False
SECRET_KEY = "test-secret-key-not-for-production-use-0123456789abcdef"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CELERY_TASK_ALWAYS_EAGER = True
# A writer thread would store events outside each test's transaction: tests store them with events_flush().
USAGE_FLUSH_SECONDS = 0
ALLOWED_HOSTS = ["*"]
REST_FRAMEWORK = {
    **REST_FRAMEWORK,
    "DEFAULT_THROTTLE_RATES": {"anon": "1000/minute", "user": "1000/minute", "writes": "1000/minute"},
}
# A test's writes never commit (each test runs in a transaction that is rolled back), so they cannot
# retire cached pages: tests of the page cache switch it on and commit (inspire/tests/test_pagecache.py).
PAGE_CACHE_SECONDS = 0
