"""Web processes cancel slow statements and say so with a 503; commands and workers are left alone."""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.db import connection

from registers import selectors

PROD_ENV = {"DJANGO_SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "hub.example.org"}
SHOW_TIMEOUT = (
    "from django.db import connection; cursor = connection.cursor(); cursor.execute('SHOW statement_timeout'); "
    "print(json.dumps(cursor.fetchone()[0]))"
)


def _statement_timeout(code: str, **env: str) -> str:
    # Each entry point chooses its own settings module, as it does when started for real.
    inherited = {k: v for k, v in os.environ.items() if k not in ("INSPIRE_WEB_PROCESS", "DJANGO_SETTINGS_MODULE")}
    environment = inherited | PROD_ENV | env
    result = subprocess.run(
        [sys.executable, "-c", f"import json; {code}; {SHOW_TIMEOUT}"],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("statement_timeout is a PostgreSQL setting")


def test_the_web_server_cancels_statements_after_five_seconds(postgresql):
    assert _statement_timeout("import inspire.wsgi") == "5s"
    assert _statement_timeout("import inspire.wsgi", DATABASE_STATEMENT_TIMEOUT_MS="1500") == "1500ms"


def test_management_commands_and_workers_have_no_statement_timeout(postgresql):
    setup = "import os, django; os.environ['DJANGO_SETTINGS_MODULE'] = 'inspire.settings.prod'; django.setup()"
    assert _statement_timeout(setup) == "0"
    assert _statement_timeout("import inspire.celery, django; django.setup()") == "0"


def _sleeping_selector():
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_sleep(2)")


@pytest.fixture
def slow_table(postgresql, db, monkeypatch):
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL statement_timeout = 50")
    monkeypatch.setattr(selectors, "jurisdictions_for_table", _sleeping_selector)


def test_a_cancelled_statement_answers_a_503_page(client, slow_table):
    response = client.get("/registers/")
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert b"took too long" in response.content


def test_a_cancelled_statement_answers_a_503_json_error(client, slow_table):
    response = client.get("/api/v1/registers/jurisdictions/")
    assert response.status_code == 503
    assert response.json()["code"] == "timeout"
