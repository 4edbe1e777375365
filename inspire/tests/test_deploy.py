"""The deploy steps of docs/deploy.md, run for real; docker-compose.yml (no Docker engine here) checked as data."""

import contextlib
import http.client
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from django.conf import settings
from django.contrib.auth import get_user_model
from rest_framework.authtoken.models import Token

from conftest import service_missing
from etisc.tests.factories import GroupFactory, MembershipFactory

COMPOSE = yaml.safe_load((Path(settings.BASE_DIR) / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
LONG_RUNNING = ["postgres", "redis", "web", "worker", "beat"]


def test_every_long_running_service_restarts_and_has_a_health_check():
    for name in LONG_RUNNING:
        assert SERVICES[name]["restart"] == "unless-stopped", name
        assert SERVICES[name]["healthcheck"]["test"], name


def test_migrations_and_content_run_once_in_init_and_the_others_wait_for_it():
    assert "migrate" in SERVICES["init"]["command"] and "load_content" in SERVICES["init"]["command"]
    assert SERVICES["init"]["restart"] == "no"
    for name in ("web", "worker", "beat"):
        assert SERVICES[name]["depends_on"]["init"] == {"condition": "service_completed_successfully"}, name
        assert "migrate" not in str(SERVICES[name]["command"]), name
        assert "load_content" not in str(SERVICES[name]["command"]), name


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "inspire.settings.prod",
    "DJANGO_SECRET_KEY": "deploy-test-" + "x" * 60,
    "ALLOWED_HOSTS": "hub.example.org",
    "NUM_PROXIES": "1",
}


@pytest.fixture(scope="module")
def collected_static(tmp_path_factory) -> Path:
    """`collectstatic` as the documented steps run it (production serves hashed names from the manifest)."""
    root = tmp_path_factory.mktemp("staticfiles")
    env = {**os.environ, **PRODUCTION_ENV, "STATIC_ROOT": str(root)}
    command = [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"]
    subprocess.run(command, cwd=settings.BASE_DIR, env=env, check=True)
    return root


@contextlib.contextmanager
def _gunicorn(collected_static: Path):
    """gunicorn with production settings, as docs/deploy.md starts it, on this test's database and
    the test Redis database (the environment the test settings set)."""
    database = settings.DATABASES["default"]
    if database["ENGINE"] != "django.db.backends.postgresql":
        service_missing("the production server test needs PostgreSQL (set DATABASE_URL)")
    port = _free_port()
    credentials = f"{database['USER']}:{database['PASSWORD']}@{database['HOST']}:{database['PORT']}"
    env = {
        **os.environ,
        **PRODUCTION_ENV,
        "STATIC_ROOT": str(collected_static),
        "DATABASE_URL": f"postgres://{credentials}/{database['NAME']}",
    }
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "inspire.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
        ],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        for _ in range(100):
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def production_server(transactional_db, collected_static):
    with _gunicorn(collected_static) as url:
        yield url


@pytest.fixture
def two_production_servers(transactional_db, collected_static, require_redis):
    """Two web instances behind one proxy: one PostgreSQL, one Redis, nothing else shared."""
    with _gunicorn(collected_static) as first, _gunicorn(collected_static) as second:
        yield first, second


def _get(url: str, headers: dict[str, str]) -> http.client.HTTPResponse:
    return _request("GET", url, headers)


def _request(method: str, url: str, headers: dict[str, str], body: str | None = None) -> http.client.HTTPResponse:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    connection.request(method, parts.path or "/", body=body, headers={"Host": "hub.example.org", **headers})
    return connection.getresponse()


def test_production_server_behind_the_documented_proxy_serves_pages(production_server):
    response = _get(production_server + "/", {"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9"})
    assert response.status == 200
    assert response.getheader("Strict-Transport-Security")


def test_production_server_without_the_proxy_header_redirects_to_https(production_server):
    response = _get(production_server + "/", {})
    assert response.status == 301
    assert response.getheader("Location") == "https://hub.example.org/"


PROXIED = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9"}


def test_two_web_instances_behave_as_one_site(two_production_servers):
    """A reader on one instance sees a post made through the other at once: the cached forum page
    lives in the shared Redis, and the write retires it for every instance."""
    first, second = two_production_servers
    group = GroupFactory(slug="scale-out", name="Scale-out group")
    author = get_user_model().objects.create_user(username="poster", password="x-long-password-1")
    MembershipFactory(group=group, user=author)
    token = Token.objects.create(user=author)

    page = f"{second}/etisc/groups/scale-out/"
    assert _get(page, PROXIED).getheader("X-Page-Cache") == "miss"
    assert _get(page, PROXIED).getheader("X-Page-Cache") == "hit"
    assert _get(f"{first}/etisc/groups/scale-out/", PROXIED).getheader("X-Page-Cache") == "hit"  # one cache

    created = _request(
        "POST",
        f"{first}/api/v1/etisc/topics/",
        {**PROXIED, "Authorization": f"Token {token.key}", "Content-Type": "application/json"},
        json.dumps({"group": "scale-out", "title": "Posted through the first instance", "body": "Hello"}),
    )
    assert created.status == 201, created.read()

    fresh = _get(page, PROXIED)
    assert fresh.getheader("X-Page-Cache") == "miss"
    assert "Posted through the first instance" in fresh.read().decode()
