"""Fixtures every app's tests share: users by role, real services, a real browser."""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from inspire.accounts.models import User

IN_CI = os.environ.get("CI") == "true"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
# Playwright's sync API runs an event loop in the test thread; Django must still allow ORM calls there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def service_missing(reason: str):
    """Skip on a developer machine without the service; in CI the service must be there."""
    if IN_CI:
        pytest.fail(f"{reason}: required when CI=true")
    pytest.skip(reason)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Browser tests are marked e2e by the fixture they use, so none escapes the default deselection."""
    for item in items:
        if "browser" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.e2e)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    skipped = terminalreporter.stats.get("skipped", [])
    if IN_CI and skipped:
        terminalreporter.write_line(f"CI=true but {len(skipped)} test(s) were skipped: failing the run.", red=True)
        terminalreporter._session.exitstatus = 1


@pytest.fixture(autouse=True)
def _clean_cache():
    cache.clear()
    yield


@pytest.fixture(autouse=True)
def _english_outside_requests():
    """A request leaves its language active in the thread; work done outside a request (e-mails,
    digests, tasks run in-process) must not inherit the last test's."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _empty_usage_buffer():
    """No test inherits another's queued usage events (or has them stored inside its own requests)."""
    from inspire.usage import buffer

    buffer.reset()
    yield
    buffer.reset()


@pytest.fixture(autouse=True)
def _media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def require_redis():
    if not settings.REDIS_URL:
        service_missing("Redis is not configured (set REDIS_URL)")
    return settings.REDIS_URL


@pytest.fixture
def celery_worker(require_redis, transactional_db):
    """A real Celery worker in a thread, consuming from the real Redis broker."""
    from celery.contrib.testing.worker import start_worker

    from inspire.celery import app

    app.conf.task_always_eager = False
    try:
        with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10) as worker:
            yield worker
    finally:
        app.conf.task_always_eager = True


def make_user(username: str, role: str = User.Role.RESEARCHER, **extra) -> User:
    user = User(username=username, email=f"{username}@example.org", role=role, **extra)
    user.set_password("correct horse battery staple")
    user.save()
    return user


@pytest.fixture
def user(db):
    return make_user("researcher")


@pytest.fixture
def other_user(db):
    return make_user("other")


@pytest.fixture
def tisc_staff(db):
    return make_user("tiscstaff", User.Role.TISC_STAFF)


@pytest.fixture
def expert(db):
    return make_user("expert", User.Role.EXPERT)


@pytest.fixture
def curator(db):
    return make_user("curator", User.Role.CURATOR)


@pytest.fixture
def staff_user(db):
    return make_user("staff", is_staff=True, is_superuser=True)


@pytest.fixture
def api_client():
    from rest_framework.test import APIClient

    return APIClient()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        service_missing("Debian chromium is not installed at /usr/bin/chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server, transactional_db):
    context = browser.new_context(base_url=live_server.url, accept_downloads=True)
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def login_page(page):
    """Signs `page` in through the real login form; returns a function taking a user."""

    def sign_in(user: User):
        page.goto("/accounts/login/")
        page.get_by_label("Username").fill(user.username)
        page.get_by_label("Password").fill("correct horse battery staple")
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url("**/accounts/profile/")
        return page

    return sign_in
