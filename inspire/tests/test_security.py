import json
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.test import Client

PROD_ENV = {"DJANGO_SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "hub.example.org"}


def production_settings(*names: str) -> dict:
    code = (
        "import json, inspire.settings.prod as s; "
        f"print(json.dumps({{n: getattr(s, n) for n in {list(names)!r}}}, default=str))"
    )
    env = {**os.environ, **PROD_ENV}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_sends_hsts_and_secure_cookies():
    values = production_settings(
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "SECURE_SSL_REDIRECT",
        "DEBUG",
    )
    assert values["SECURE_HSTS_SECONDS"] >= 31_536_000
    assert values["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert values["SESSION_COOKIE_SECURE"] is True
    assert values["CSRF_COOKIE_SECURE"] is True
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["DEBUG"] is False


@pytest.mark.django_db
def test_hsts_header_is_sent_over_https(settings):
    settings.SECURE_HSTS_SECONDS = 31_536_000
    response = Client().get("/", secure=True)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")


@pytest.mark.django_db
def test_admin_requires_staff_login(client, user):
    anonymous = client.get("/admin/")
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith("/admin/login/")
    client.force_login(user)
    not_staff = client.get("/admin/")
    assert not_staff.status_code == 302
    assert not_staff["Location"].startswith("/admin/login/")


@pytest.mark.django_db
def test_staff_reach_admin(client, staff_user):
    client.force_login(staff_user)
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_bench_hello_view_is_off_unless_benchmarking(client):
    assert client.get("/bench/hello").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/", "/api/v1/", "/no-such-page/", "/api/v1/no-such-endpoint/", "/healthz"])
def test_every_response_denies_unused_browser_features(client, url):
    policy = client.get(url)["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()", "interest-cohort=()"):
        assert feature in policy


@pytest.mark.django_db
def test_the_profile_page_showing_the_api_token_is_never_stored(client, user):
    client.force_login(user)
    response = client.get("/accounts/profile/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
@pytest.mark.parametrize(("password", "status"), [("correct horse battery staple", 200), ("wrong", 400)])
def test_the_token_endpoint_answer_is_never_stored(api_client, user, password, status):
    response = api_client.post("/api/v1/auth/token/", {"username": user.username, "password": password})
    assert response.status_code == status
    assert "no-store" in response["Cache-Control"]
