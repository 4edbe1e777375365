"""The permission matrix's cast: network A (two host institutions) and network B, with a person in
every role, and a few records in each institution, written through the services."""

import datetime

import pytest

from conftest import make_user
from inspire.accounts.models import User
from tisc.models import Membership
from tisc.services.records import records_import
from tisc.tests.factories import InstitutionFactory, NetworkFactory, grant, make_project, request_row, training_row

DAY = datetime.date(2026, 2, 10)


@pytest.fixture
def network_a(db):
    return NetworkFactory(
        slug="network-a", name="Network A", is_demo=False, country="KE", source_url="https://a.example.org/"
    )


@pytest.fixture
def network_b(db):
    return NetworkFactory(
        slug="network-b", name="Network B", is_demo=False, country="GH", source_url="https://b.example.org/"
    )


@pytest.fixture
def inst_a1(network_a):
    return InstitutionFactory(network=network_a, slug="a-one", name="A One University")


@pytest.fixture
def inst_a2(network_a):
    return InstitutionFactory(network=network_a, slug="a-two", name="A Two Library", kind="library")


@pytest.fixture
def inst_b1(network_b):
    return InstitutionFactory(network=network_b, slug="b-one", name="B One Research Centre", kind="research_centre")


@pytest.fixture
def cast(db, inst_a1, inst_a2, inst_b1, curator, user):
    """Everyone in the matrix, by name."""
    people = {
        "coordinator_a": make_user("coord-a", User.Role.TISC_STAFF),
        "staff_a1": make_user("staff-a1", User.Role.TISC_STAFF),
        "staff_a2": make_user("staff-a2", User.Role.TISC_STAFF),
        "staff_b1": make_user("staff-b1", User.Role.TISC_STAFF),
        "coordinator_b": make_user("coord-b", User.Role.TISC_STAFF),
        "programme": make_user("programme"),
        "curator": curator,
        "outsider": user,
    }
    grant(people["coordinator_a"], Membership.Role.COORDINATOR, network=inst_a1.network)
    grant(people["coordinator_b"], Membership.Role.COORDINATOR, network=inst_b1.network)
    grant(people["staff_a1"], Membership.Role.STAFF, institution=inst_a1)
    grant(people["staff_a2"], Membership.Role.STAFF, institution=inst_a2)
    grant(people["staff_b1"], Membership.Role.STAFF, institution=inst_b1)
    grant(people["programme"], Membership.Role.PROGRAMME)
    return people


@pytest.fixture
def records(cast, inst_a1, inst_a2, inst_b1, django_capture_on_commit_callbacks):
    """Three requests and a training in A1, two requests in A2, one request and a training in B1.

    Roll-ups are refreshed after commit; the test's transaction never commits, so the callbacks run here.
    """
    with django_capture_on_commit_callbacks(execute=True):
        _records(cast, inst_a1, inst_a2, inst_b1)


@pytest.fixture
def after_commit(django_capture_on_commit_callbacks):
    """Run what a request queues after commit (roll-up refreshes, e-mails), as a real commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def _records(cast, inst_a1, inst_a2, inst_b1):
    staff = cast["staff_a1"]
    records_import(
        institution=inst_a1,
        kind="requests",
        rows=[request_row(DAY), request_row(DAY, requester_category="student"), request_row(DAY, kind="general")],
        recorded_by=staff,
    )
    records_import(institution=inst_a1, kind="trainings", rows=[training_row(DAY)], recorded_by=staff)
    records_import(institution=inst_a2, kind="requests", rows=[request_row(DAY), request_row(DAY)], recorded_by=staff)
    records_import(institution=inst_b1, kind="requests", rows=[request_row(DAY)], recorded_by=cast["staff_b1"])
    records_import(institution=inst_b1, kind="trainings", rows=[training_row(DAY)], recorded_by=cast["staff_b1"])


@pytest.fixture
def project_a(network_a):
    return make_project(network_a)


@pytest.fixture
def project_b(network_b):
    return make_project(network_b)
