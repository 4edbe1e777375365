"""Who sees and does what, through the pages and the API: coordinator of network A, staff of an
institution in A (and of the other one), staff and coordinator of network B, programme staff,
curators, signed-in outsiders and anonymous visitors. Nobody sees another network's non-public data."""

import pytest
from django.test import Client
from rest_framework.test import APIClient

from tisc.models import Report, ServiceRequest
from tisc.periods import Period
from tisc.services.reports import report_open, report_submit
from tisc.tests.conftest import DAY

pytestmark = pytest.mark.django_db

ACTORS = [
    "anonymous",
    "outsider",
    "coordinator_a",
    "staff_a1",
    "staff_a2",
    "staff_b1",
    "coordinator_b",
    "programme",
    "curator",
]
SIGNED_IN = [actor for actor in ACTORS if actor != "anonymous"]


@pytest.fixture
def world(cast, records, project_a, project_b, inst_a1, inst_b1):
    """Reports of A1 (submitted), of network A (submitted) and of B1 (draft)."""
    period = Period(2026, 1)
    a1 = report_open(network=inst_a1.network, institution=inst_a1, period=period)
    report_submit(report=a1, user=cast["staff_a1"])
    network_a = report_open(network=inst_a1.network, institution=None, period=period)
    report_submit(report=network_a, user=cast["coordinator_a"])
    b1 = report_open(network=inst_b1.network, institution=inst_b1, period=period)
    return {"cast": cast, "a1": a1, "network_a": network_a, "b1": b1, "record_a1": inst_a1.service_requests.first()}


def client_for(world, actor: str, *, api: bool = False):
    client = APIClient() if api else Client()
    if actor != "anonymous":
        client.force_login(world["cast"][actor]) if not api else client.force_authenticate(world["cast"][actor])
    return client


def page_status(world, actor: str, url: str) -> int:
    return client_for(world, actor).get(url).status_code


PAGES = {
    "record page of A1": ("/tisc/workspace/institutions/a-one/", {"coordinator_a", "staff_a1", "curator"}),
    "dashboard of A1": (
        "/tisc/workspace/institutions/a-one/dashboard/",
        {"coordinator_a", "staff_a1", "programme", "curator"},
    ),
    "upload page of A1": ("/tisc/workspace/institutions/a-one/upload/", {"coordinator_a", "staff_a1", "curator"}),
    "private dashboard of A": (
        "/tisc/networks/network-a/dashboard/",
        {"coordinator_a", "staff_a1", "staff_a2", "programme", "curator"},
    ),
    "project of A": (
        "/tisc/workspace/networks/network-a/project/",
        {"coordinator_a", "staff_a1", "staff_a2", "programme", "curator"},
    ),
    "project editing of A": ("/tisc/workspace/networks/network-a/project/edit/", {"coordinator_a", "curator"}),
    "people of A": ("/tisc/workspace/networks/network-a/people/", {"coordinator_a", "curator"}),
    "all-networks dashboard": ("/tisc/workspace/all-networks/", {"programme", "curator"}),
}


@pytest.mark.parametrize("name", PAGES)
def test_workspace_pages_answer_only_their_roles(world, name):
    url, allowed = PAGES[name]
    for actor in ACTORS:
        status = page_status(world, actor, url)
        if actor in allowed:
            assert status == 200, (actor, status)
        elif actor == "anonymous":
            assert status == 302, (actor, status)
        else:
            assert status == 403, (actor, status)


REPORT_READERS = {
    "a1": {"coordinator_a", "staff_a1", "programme", "curator"},
    "network_a": {"coordinator_a", "programme", "curator"},
    "b1": {"coordinator_b", "staff_b1", "programme", "curator"},
}


@pytest.mark.parametrize("which", REPORT_READERS)
@pytest.mark.parametrize("suffix", ["", "print/", "report.csv"])
def test_reports_are_read_by_their_institution_coordinator_and_programme_only(world, which, suffix):
    url = f"/tisc/workspace/reports/{world[which].pk}/{suffix}"
    for actor in ACTORS:
        status = page_status(world, actor, url)
        expected = 200 if actor in REPORT_READERS[which] else 302 if actor == "anonymous" else 404
        assert status == expected, (actor, status)


def test_report_lists_show_only_reports_in_scope(world):
    expected = {
        "coordinator_a": {"a1", "network_a"},
        "staff_a1": {"a1"},
        "staff_a2": set(),
        "staff_b1": {"b1"},
        "coordinator_b": {"b1"},
        "programme": {"a1", "network_a", "b1"},
        "curator": {"a1", "network_a", "b1"},
    }
    names = {world[key].pk: key for key in ("a1", "network_a", "b1")}
    for actor, wanted in expected.items():
        response = client_for(world, actor).get("/tisc/workspace/reports/")
        assert response.status_code == 200
        assert {names[r.pk] for r in response.context["reports"]} == wanted, actor
        body = client_for(world, actor, api=True).get("/api/v1/tisc/reports/").json()
        assert {names[item["id"]] for item in body["results"]} == wanted, actor
    assert client_for(world, "outsider").get("/tisc/workspace/reports/").status_code == 403


WRITE_REQUEST = {
    "form": "request",
    "received_on": DAY.isoformat(),
    "kind": "patent_search",
    "requester_category": "sme",
    "requester_gender": "woman",
    "outcome": "completed",
    "hours": "1",
}


@pytest.mark.parametrize("actor", ACTORS)
def test_recording_for_a1_is_for_its_staff_its_coordinator_and_curators(world, actor):
    before = ServiceRequest.objects.count()
    status = client_for(world, actor).post("/tisc/workspace/institutions/a-one/", WRITE_REQUEST).status_code
    allowed = actor in {"coordinator_a", "staff_a1", "curator"}
    assert status == (302 if allowed or actor == "anonymous" else 403)
    assert ServiceRequest.objects.count() == before + (1 if allowed else 0)


@pytest.mark.parametrize("actor", ACTORS)
def test_only_the_coordinator_of_a_or_a_curator_returns_a1s_report(world, actor):
    report = world["a1"]
    response = client_for(world, actor).post(report.get_absolute_url(), {"action": "return", "comment": "Add detail."})
    report.refresh_from_db()
    if actor in {"coordinator_a", "curator"}:
        assert response.status_code == 302
        assert report.status == Report.Status.RETURNED
    else:
        assert response.status_code == {"anonymous": 302, "staff_a1": 403, "programme": 403}.get(actor, 404)
        assert report.status == Report.Status.SUBMITTED


@pytest.mark.parametrize("actor", ACTORS)
def test_only_programme_staff_or_curators_accept_the_network_report(world, actor):
    report = world["network_a"]
    response = client_for(world, actor, api=True).post(f"/api/v1/tisc/reports/{report.pk}/accept/", {})
    report.refresh_from_db()
    if actor in {"programme", "curator"}:
        assert response.status_code == 200
        assert report.status == Report.Status.ACCEPTED
    else:
        assert response.status_code == {"anonymous": 401, "coordinator_a": 403}.get(actor, 404)
        assert report.status == Report.Status.SUBMITTED


@pytest.mark.parametrize("actor", ACTORS)
def test_programme_staff_comment_on_reports_they_read(world, actor):
    report = world["a1"]
    response = client_for(world, actor, api=True).post(
        f"/api/v1/tisc/reports/{report.pk}/comments/", {"body": "Noted."}
    )
    expected = 201 if actor in REPORT_READERS["a1"] else 401 if actor == "anonymous" else 404
    assert response.status_code == expected


def test_api_record_lists_hold_only_records_in_scope(world):
    expected = {
        "outsider": set(),
        "coordinator_a": {"a-one", "a-two"},
        "staff_a1": {"a-one"},
        "staff_a2": {"a-two"},
        "staff_b1": {"b-one"},
        "coordinator_b": {"b-one"},
        "programme": {"a-one", "a-two", "b-one"},
        "curator": {"a-one", "a-two", "b-one"},
    }
    for endpoint in ("service-requests", "trainings"):
        assert client_for(world, "anonymous", api=True).get(f"/api/v1/tisc/{endpoint}/").status_code == 401
        for actor, wanted in expected.items():
            body = client_for(world, actor, api=True).get(f"/api/v1/tisc/{endpoint}/?page_size=100").json()
            seen = {item["institution"] for item in body["results"]}
            assert seen <= wanted, (endpoint, actor, seen)
            if endpoint == "service-requests":
                assert seen == wanted, (actor, seen)


@pytest.mark.parametrize("actor", SIGNED_IN)
def test_api_record_detail_and_writes_outside_scope_are_not_found(world, actor):
    record = world["record_a1"]
    client = client_for(world, actor, api=True)
    readers = {"coordinator_a", "staff_a1", "programme", "curator"}
    writers = {"coordinator_a", "staff_a1", "curator"}
    assert client.get(f"/api/v1/tisc/service-requests/{record.pk}/").status_code == (200 if actor in readers else 404)
    response = client.patch(f"/api/v1/tisc/service-requests/{record.pk}/", {"hours": "3"}, format="json")
    assert response.status_code == (200 if actor in writers else 403 if actor in readers else 404)
    created = client.post(
        "/api/v1/tisc/service-requests/",
        {**{k: v for k, v in WRITE_REQUEST.items() if k != "form"}, "institution": "a-one"},
        format="json",
    )
    assert created.status_code == (201 if actor in writers else 400)
    if created.status_code == 400:
        assert "institution" in created.json()["errors"]


DASHBOARDS = {
    "/api/v1/tisc/networks/network-a/dashboard/": {"coordinator_a", "staff_a1", "staff_a2", "programme", "curator"},
    "/api/v1/tisc/institutions/a-one/dashboard/": {"coordinator_a", "staff_a1", "programme", "curator"},
    "/api/v1/tisc/dashboard/": {"programme", "curator"},
}


@pytest.mark.parametrize("url", DASHBOARDS)
def test_api_dashboards_follow_the_same_matrix(world, url):
    for actor in ACTORS:
        status = client_for(world, actor, api=True).get(url).status_code
        expected = 200 if actor in DASHBOARDS[url] else 401 if actor == "anonymous" else 403
        assert status == expected, (actor, status)


def test_a_public_dashboard_is_open_to_everyone_but_never_its_records(world, network_a):
    network_a.dashboard_public = True
    network_a.save()
    for actor in ACTORS:
        assert page_status(world, actor, "/tisc/networks/network-a/dashboard/") == 200
        assert client_for(world, actor, api=True).get("/api/v1/tisc/networks/network-a/dashboard/").status_code == 200
    for actor in ("anonymous", "outsider", "staff_b1"):
        assert page_status(world, actor, "/tisc/workspace/institutions/a-one/dashboard/") in (302, 403)
        assert page_status(world, actor, f"/tisc/workspace/reports/{world['a1'].pk}/") in (302, 404)


def test_forms_need_a_csrf_token(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world["cast"]["staff_a1"])
    assert client.post("/tisc/workspace/institutions/a-one/", WRITE_REQUEST).status_code == 403
    assert client.post(world["a1"].get_absolute_url(), {"action": "comment", "body": "x"}).status_code == 403


def test_coordinators_give_staff_roles_in_their_network_only(world, inst_b1):
    from tisc.models import Membership

    client = client_for(world, "coordinator_a")
    response = client.post(
        "/tisc/workspace/networks/network-a/people/", {"username": "researcher", "institution": inst_b1.pk}
    )
    assert response.status_code == 400  # B's institution is not a choice on A's page
    assert client.post("/tisc/workspace/networks/network-b/people/", {"username": "researcher"}).status_code == 403
    staff_b1 = Membership.objects.get(user__username="staff-b1")
    assert client.post(f"/tisc/workspace/roles/{staff_b1.pk}/remove/").status_code == 403
    assert Membership.objects.filter(pk=staff_b1.pk).exists()
