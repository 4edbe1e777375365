import datetime
from decimal import Decimal

import pytest

from tisc.models import MonthlyRollup, ServiceRequest, TrainingEvent
from tisc.tests.conftest import DAY

pytestmark = pytest.mark.django_db

REQUEST = {
    "form": "request",
    "received_on": DAY.isoformat(),
    "kind": "freedom_to_operate",
    "requester_category": "inventor",
    "requester_gender": "man",
    "outcome": "referred",
    "hours": "4.5",
    "note": "",
}


@pytest.fixture
def staff(client, cast):
    client.force_login(cast["staff_a1"])
    return client


def test_a_request_is_saved_counted_and_the_form_remembers_the_choices(staff, inst_a1, after_commit):
    with after_commit():
        response = staff.post("/tisc/workspace/institutions/a-one/", REQUEST)
    assert response.status_code == 302
    record = ServiceRequest.objects.get(institution=inst_a1)
    assert (record.kind, record.hours, record.recorded_by.username) == (
        "freedom_to_operate",
        Decimal("4.5"),
        "staff-a1",
    )
    rollup = MonthlyRollup.objects.get(institution=inst_a1, month=DAY.replace(day=1))
    assert (rollup.requests, rollup.searches) == (1, 1)
    form = staff.get("/tisc/workspace/institutions/a-one/").context["request_form"]
    assert form.initial["kind"] == "freedom_to_operate" and form.initial["received_on"] == DAY.isoformat()


@pytest.mark.parametrize(
    "change",
    [
        {"hours": "-1"},
        {"hours": "1000"},
        {"kind": "teleport"},
        {"received_on": "2999-01-01"},
        {"received_on": "01/02/2026"},
        {"requester_category": ""},
    ],
)
def test_bad_input_is_a_form_error_and_writes_nothing(staff, inst_a1, change):
    response = staff.post("/tisc/workspace/institutions/a-one/", {**REQUEST, **change})
    assert response.status_code == 400
    assert response.context["request_form"].errors
    assert not ServiceRequest.objects.exists()


def test_a_training_needs_participants(staff, inst_a1, after_commit):
    data = {
        "form": "training",
        "training-held_on": DAY.isoformat(),
        "training-title": "Searching",
        "training-format": "online",
        "training-women": "0",
        "training-men": "0",
        "training-other": "0",
    }
    response = staff.post("/tisc/workspace/institutions/a-one/", data)
    assert response.status_code == 400
    assert "participants" in str(response.context["training_form"].errors)
    data.update({"training-women": "7", "training-men": "5"})
    with after_commit():
        assert staff.post("/tisc/workspace/institutions/a-one/", data).status_code == 302
    assert TrainingEvent.objects.get().participants == 12
    assert MonthlyRollup.objects.get(institution=inst_a1).women == 7


def test_editing_a_request_moves_it_between_months_in_the_rollups(staff, inst_a1, after_commit):
    with after_commit():
        staff.post("/tisc/workspace/institutions/a-one/", REQUEST)
    record = ServiceRequest.objects.get()
    later = datetime.date(2026, 3, 5)
    with after_commit():
        response = staff.post(
            f"/tisc/workspace/requests/{record.pk}/edit/", {**REQUEST, "received_on": later.isoformat()}
        )
    assert response.status_code == 302
    months = dict(MonthlyRollup.objects.values_list("month", "requests"))
    assert months == {later.replace(day=1): 1}
    with after_commit():
        staff.post(f"/tisc/workspace/requests/{record.pk}/delete/")
    assert not MonthlyRollup.objects.exists()


def test_the_record_page_lists_requests_in_constant_queries(staff, inst_a1, cast):
    from inspire.testing import assert_constant_queries
    from tisc.services.records import records_import
    from tisc.tests.factories import request_row, training_row

    def add_rows():
        records_import(institution=inst_a1, kind="requests", rows=[request_row(DAY)] * 5, recorded_by=cast["staff_a1"])
        records_import(institution=inst_a1, kind="trainings", rows=[training_row(DAY)] * 2, recorded_by=None)

    assert_constant_queries(staff, "/tisc/workspace/institutions/a-one/", add_rows)
    assert_constant_queries(staff, "/api/v1/tisc/service-requests/", add_rows)
    assert_constant_queries(staff, "/api/v1/tisc/trainings/", add_rows)


def test_api_creates_and_validates_records(api_client, cast, inst_a1):
    api_client.force_authenticate(cast["staff_a1"])
    body = {
        "institution": "a-one",
        "received_on": DAY.isoformat(),
        "kind": "landscape",
        "requester_category": "sme",
        "requester_gender": "woman",
        "outcome": "completed",
        "hours": "20",
    }
    assert api_client.post("/api/v1/tisc/service-requests/", body, format="json").status_code == 201
    bad = api_client.post("/api/v1/tisc/service-requests/", {**body, "hours": "-2", "kind": "x"}, format="json")
    assert bad.status_code == 400
    assert set(bad.json()["errors"]) == {"hours", "kind"}
    empty = api_client.post(
        "/api/v1/tisc/trainings/",
        {"institution": "a-one", "held_on": DAY.isoformat(), "title": "T", "women": 0, "men": 0, "other": 0},
        format="json",
    )
    assert empty.status_code == 400 and empty.json()["code"] == "invalid"
    assert ServiceRequest.objects.count() == 1 and not TrainingEvent.objects.exists()


def test_api_deletes_a_record_and_recounts_its_month(api_client, cast, records, inst_a1, after_commit):
    record = inst_a1.service_requests.first()
    api_client.force_authenticate(cast["staff_b1"])
    assert api_client.delete(f"/api/v1/tisc/service-requests/{record.pk}/").status_code == 404
    api_client.force_authenticate(cast["staff_a1"])
    with after_commit():
        assert api_client.delete(f"/api/v1/tisc/service-requests/{record.pk}/").status_code == 204
    assert MonthlyRollup.objects.get(institution=inst_a1).requests == 2
    assert api_client.delete("/api/v1/tisc/service-requests/").status_code == 405


def test_the_remembered_date_does_not_outlive_its_day(staff, inst_a1):
    staff.post("/tisc/workspace/institutions/a-one/", REQUEST)
    session = staff.session
    session["tisc_last_request"]["saved_on"] = "2026-01-01"
    session.save()
    form = staff.get("/tisc/workspace/institutions/a-one/").context["request_form"]
    assert form.initial["received_on"] == datetime.date.today() and form.initial["kind"] == "freedom_to_operate"
