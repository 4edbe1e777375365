"""Schema-driven fuzzing of every API operation, anonymous and with a curator's token.

A short run here (a few examples per operation); `bench/fuzz.sh` runs the long one against gunicorn.
"""

import pytest
import schemathesis
from django.core.management import call_command
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from rest_framework.authtoken.models import Token
from schemathesis.checks import (
    content_type_conformance,
    negative_data_rejection,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from conftest import make_user
from inspire.accounts.models import User
from inspire.wsgi import application

pytestmark = pytest.mark.fuzz


@pytest.fixture(scope="module")
def _curated_content(django_db_setup, django_db_blocker):
    """Real content committed once for the module (each test still rolls its own writes back)."""
    with django_db_blocker.unblock():
        call_command("load_content", verbosity=0)
        curator = make_user("fuzz-curator", User.Role.CURATOR)
        token = Token.objects.create(user=curator).key
    yield token
    with django_db_blocker.unblock():
        call_command("flush", interactive=False, verbosity=0)


@pytest.fixture(autouse=True)
def _keep_test_transaction_open():
    """Calls go straight to the WSGI app; like Django's test client, keep it from closing the
    connection (and so the test's transaction) at the end of each request."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


# Loaded at collection: generating the schema needs the URL configuration, not the database.
schema = schemathesis.openapi.from_wsgi("/api/schema/", application)
# No 5xx, only documented status codes and content types, bodies that match their schemas.
# (Business-rule refusals of schema-valid input, such as wrong credentials, are expected 4xx.)
# Invalid input must be refused (negative data), and a credential the server ignores is a failure.
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]
# Derandomized with no example database: the same cases every run, so CI never fails at random.
FUZZ_SETTINGS = hypothesis_settings(
    max_examples=6,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much],
)


@schema.parametrize()
@FUZZ_SETTINGS
def test_anonymous_calls_never_error_and_match_schema(case, _curated_content, db):
    case.call_and_validate(checks=CHECKS)


@schema.parametrize()
@FUZZ_SETTINGS
def test_curator_calls_never_error_and_match_schema(case, _curated_content, db):
    case.call_and_validate(headers={"Authorization": f"Token {_curated_content}"}, checks=CHECKS)
