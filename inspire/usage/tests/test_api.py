import datetime

import pytest

from inspire.testing import assert_constant_queries
from inspire.usage.services import rollups_rebuild
from inspire.usage.tests.factories import EventFactory

pytestmark = pytest.mark.django_db


def seed(day: int = 20) -> None:
    moment = datetime.datetime(2026, 11, day, tzinfo=datetime.UTC)
    EventFactory(occurred_at=moment, country="FR")
    EventFactory(occurred_at=moment, country="KE", section="registers", object_key="/registers/")
    rollups_rebuild(first_day=moment.date(), last_day=moment.date())


@pytest.mark.parametrize("path", ["", "daily/", "monthly/", "yearly/", "summary/"])
def test_usage_api_is_for_staff_only(api_client, user, path):
    url = f"/api/v1/usage/{path}"
    assert api_client.get(url).status_code == 401
    api_client.force_authenticate(user)
    response = api_client.get(url)
    assert response.status_code == 403
    assert response.json()["status"] == 403


def test_staff_filter_daily_rollups_by_dimension_and_range(api_client, staff_user):
    seed(19)
    seed(20)
    api_client.force_authenticate(staff_user)

    response = api_client.get(
        "/api/v1/usage/daily/", {"dimension": "country", "start": "2026-11-20", "end": "2026-11-20", "key": "KE"}
    )

    assert response.status_code == 200
    assert response.json()["results"] == [
        {
            "period_start": "2026-11-20",
            "dimension": "country",
            "section": "",
            "key": "KE",
            "label": "",
            "visitors": 1,
            "views": 1,
            "downloads": 0,
        }
    ]


def test_yearly_rollups_sum_the_days(api_client, staff_user):
    seed(19)
    seed(20)
    api_client.force_authenticate(staff_user)
    rows = api_client.get("/api/v1/usage/yearly/", {"dimension": "total"}).json()["results"]
    assert [(row["period_start"], row["visitors"], row["views"]) for row in rows] == [("2026-01-01", 4, 4)]


def test_bad_filters_give_a_clear_400(api_client, staff_user):
    api_client.force_authenticate(staff_user)
    response = api_client.get("/api/v1/usage/daily/", {"dimension": "planet", "start": "soon"})
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid"
    assert set(body["errors"]) == {"dimension", "start"}


def test_summary_matches_the_dashboard_tables(api_client, staff_user):
    seed()
    api_client.force_authenticate(staff_user)

    body = api_client.get("/api/v1/usage/summary/", {"start": "2026-11-01", "end": "2026-11-20"}).json()

    assert body["totals"] == {"visitors": 2, "views": 2, "downloads": 0}
    countries = next(table for table in body["tables"] if table["slug"] == "countries")
    assert countries["columns"] == ["Country", "Users", "Page views"]
    assert countries["rows"] == [["France", 1, 1], ["Kenya", 1, 1]]


def test_summary_rejects_a_reversed_range(api_client, staff_user):
    api_client.force_authenticate(staff_user)
    response = api_client.get("/api/v1/usage/summary/", {"start": "2026-11-20", "end": "2026-11-01"})
    assert response.status_code == 400
    assert "start date must be on or before" in str(response.json()["errors"])


def test_rollup_list_queries_do_not_grow_with_rows(client, staff_user):
    client.force_login(staff_user)
    days = iter(range(1, 29))
    assert_constant_queries(client, "/api/v1/usage/daily/?page_size=100", lambda: seed(next(days)))


def test_schema_documents_the_usage_api(api_client):
    schema = api_client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    assert "/api/v1/usage/summary/" in schema["paths"]
    assert "/api/v1/usage/daily/" in schema["paths"]
