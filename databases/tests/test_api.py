import pytest
from rest_framework.throttling import SimpleRateThrottle

from databases.models import Comment, Follow, PatentDatabase, Rating
from databases.tests.factories import make_database
from inspire.testing import assert_constant_queries

pytestmark = pytest.mark.django_db

LIST = "/api/v1/databases/databases/"


def slugs(response) -> list[str]:
    return [item["slug"] for item in response.json()["results"]]


def test_api_root_lists_the_databases_endpoint(api_client):
    assert "databases" in api_client.get("/api/v1/databases/").json()


def test_list_accepts_the_browse_page_filters(api_client, known_databases):
    assert slugs(api_client.get(LIST)) == ["alpha", "beta", "gamma"]
    assert slugs(api_client.get(LIST, {"feature": ["boolean", "chemical"]})) == ["beta"]
    assert slugs(api_client.get(LIST, {"jurisdiction": "US", "level": "full_text"})) == ["beta", "gamma"]
    assert slugs(api_client.get(LIST, {"kind": "commercial"})) == ["beta"]
    assert slugs(api_client.get(LIST, {"q": "lens"})) == ["gamma"]
    assert slugs(api_client.get(LIST, {"sort": "coverage"})) == ["beta", "alpha", "gamma"]
    item = api_client.get(LIST, {"aspi": "yes"}).json()["results"][0]
    assert item["features"] == ["alerts", "boolean", "chemical", "cpc"]
    assert item["jurisdiction_count"] == 3


def test_facets_endpoint_counts_within_the_filtered_results(api_client, known_databases):
    body = api_client.get(f"{LIST}facets/", {"feature": "boolean"}).json()
    kinds = {item["value"]: item["count"] for item in body["kind"]}
    assert kinds["commercial"] == 1
    assert kinds["free_service"] == 0
    assert {item["value"]: item["count"] for item in body["jurisdiction"]} == {"CN": 2, "EP": 1, "US": 2}
    assert api_client.get(f"{LIST}facets/", {"kind": "nope"}).status_code == 400


def test_invalid_filter_values_give_400_json(api_client, known_databases):
    response = api_client.get(LIST, {"feature": "teleport", "jurisdiction": "XX"})
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid"
    assert set(body["errors"]) == {"feature", "jurisdiction"}


def test_detail_gives_coverage_per_jurisdiction(api_client, known_databases):
    body = api_client.get(f"{LIST}alpha/").json()
    assert {
        "jurisdiction": "CN",
        "jurisdiction_name": "China",
        "document_kind": "grants",
        "level": "full_text",
        "covered": True,
        "from_year": 1985,
        "to_year": None,
        "note": "",
        "source_url": "",
        "reviewed_on": None,
    } in body["coverage"]
    assert api_client.get(f"{LIST}nope/").status_code == 404


def test_unpublished_databases_are_hidden_from_the_public(api_client, curator):
    make_database("draft", is_published=False)
    assert api_client.get(f"{LIST}draft/").status_code == 404
    api_client.force_authenticate(curator)
    assert api_client.get(f"{LIST}draft/").status_code == 200


def test_list_query_count_does_not_grow(api_client, known_databases):
    counter = iter(range(1000))

    def add_rows():
        for _ in range(3):
            n = next(counter)
            make_database(f"more-{n}", features=["api", "cpc"], coverage=[("KR", "grants", "full_text", None)])

    assert_constant_queries(api_client, LIST, add_rows)


def test_compare_endpoint_returns_matrix(api_client, known_databases):
    response = api_client.get(f"{LIST}compare/", {"db": ["beta", "alpha"]})
    assert response.status_code == 200
    body = response.json()
    assert [db["slug"] for db in body["databases"]] == ["beta", "alpha"]
    chemical = next(row for row in body["rows"] if row["label"] == "Chemical structure search")
    assert chemical == {
        "group": "Search",
        "label": "Chemical structure search",
        "cells": ["Yes", "Not recorded"],
        "states": ["yes", "unknown"],
        "differs": True,
    }


@pytest.mark.parametrize(
    "params",
    [{"db": ["alpha"]}, {"db": ["alpha", "nope"]}, {"db": ["alpha", "beta", "gamma", "x4", "x5"]}, {}],
)
def test_compare_endpoint_rejects_bad_selections_with_400(api_client, known_databases, params):
    make_database("x4")
    make_database("x5")
    response = api_client.get(f"{LIST}compare/", params)
    assert response.status_code == 400
    assert "db" in response.json()["errors"]


def test_compare_query_count_does_not_grow(api_client, known_databases):
    counter = iter(range(1000))

    def add_rows():
        n = next(counter)
        for database in known_databases.values():
            database.coverage.create(
                jurisdiction=["JP", "KR", "DE"][n % 3], document_kind="designs", level="bibliographic"
            )

    assert_constant_queries(api_client, f"{LIST}compare/?db=alpha&db=beta&db=gamma", add_rows)


NEW_DATABASE = {
    "slug": "new-db",
    "name": "New DB",
    "provider": "Office",
    "kind": "national_office",
    "url": "https://new.example.org/",
    "access": "free",
    "summary": "New.",
    "overview": "Overview.",
    "source_url": "https://new.example.org/about",
    "reviewed_on": "2026-11-24",
    "features": [{"feature": "boolean"}, {"feature": "ipc", "note": "IPC 2026"}],
    "coverage": [{"jurisdiction": "PH", "document_kind": "grants", "level": "bibliographic"}],
}


def test_curators_create_and_update_databases(api_client, curator):
    api_client.force_authenticate(curator)
    response = api_client.post(LIST, NEW_DATABASE, format="json")
    assert response.status_code == 201, response.json()
    assert response.json()["coverage"][0]["jurisdiction"] == "PH"
    assert response.json()["curator"] == curator.display_name
    response = api_client.patch(f"{LIST}new-db/", {"features": [{"feature": "api"}]}, format="json")
    assert response.status_code == 200
    database = PatentDatabase.objects.get(slug="new-db")
    assert list(database.features.values_list("feature", flat=True)) == ["api"]
    assert database.coverage.count() == 1


def test_non_curators_cannot_write(api_client, user):
    assert api_client.post(LIST, NEW_DATABASE, format="json").status_code == 401
    api_client.force_authenticate(user)
    assert api_client.post(LIST, NEW_DATABASE, format="json").status_code == 403


def test_curator_write_with_bad_values_gives_400(api_client, curator):
    api_client.force_authenticate(curator)
    bad = {
        **NEW_DATABASE,
        "kind": "spaceship",
        "coverage": [{"jurisdiction": "XX", "document_kind": "grants", "level": "x"}],
    }
    response = api_client.post(LIST, bad, format="json")
    assert response.status_code == 400
    assert {"kind", "coverage"} <= set(response.json()["errors"])
    bad_languages = {**NEW_DATABASE, "interface_languages": ["klingon"]}
    response = api_client.post(LIST, bad_languages, format="json")
    assert response.status_code == 400
    assert "interface_languages" in response.json()["errors"]


def test_signed_in_users_rate_comment_and_follow(api_client, user, known_databases):
    api_client.force_authenticate(user)
    assert api_client.post(f"{LIST}alpha/rating/", {"stars": 5}).json() == {"stars": 5}
    assert api_client.post(f"{LIST}alpha/rating/", {"stars": 3}).json() == {"stars": 3}
    assert Rating.objects.get(user=user).stars == 3
    response = api_client.post(f"{LIST}alpha/comments/", {"body": "Helpful for CN."})
    assert response.status_code == 201
    assert Comment.objects.get().status == Comment.Status.PENDING
    assert api_client.post(f"{LIST}alpha/follow/", {"following": True}).json() == {"following": True}
    assert Follow.objects.filter(user=user).count() == 1


def test_rating_and_comment_reject_bad_input(api_client, user, known_databases):
    api_client.force_authenticate(user)
    assert api_client.post(f"{LIST}alpha/rating/", {"stars": 9}).status_code == 400
    assert api_client.post(f"{LIST}alpha/comments/", {"body": "  "}).status_code == 400
    assert api_client.post(f"{LIST}nope/rating/", {"stars": 3}).status_code == 404


def test_anonymous_writes_are_refused(api_client, known_databases):
    assert api_client.post(f"{LIST}alpha/rating/", {"stars": 5}).status_code == 401


def test_write_actions_are_throttled(api_client, user, known_databases, monkeypatch):
    monkeypatch.setattr(
        SimpleRateThrottle, "THROTTLE_RATES", {"writes": "2/minute", "user": "100/minute", "anon": "100/minute"}
    )
    api_client.force_authenticate(user)
    statuses = [api_client.post(f"{LIST}alpha/rating/", {"stars": 4}).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
