"""The list API's coverage filters in their three states, and one database's coverage facts."""

import pytest

from databases.tests.factories import CoverageFactory, make_database
from inspire.testing import assert_constant_queries

pytestmark = pytest.mark.django_db

LIST = "/api/v1/databases/databases/"


def slugs(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [item["slug"] for item in response.json()["results"]]


def test_covers_is_the_jurisdiction_filter_under_the_api_name(api_client, known_databases):
    assert slugs(api_client.get(LIST, {"covers": "CN"})) == ["alpha", "beta"]
    assert slugs(api_client.get(LIST, {"covers": ["CN", "EP"]})) == ["beta"]
    assert slugs(api_client.get(LIST, {"jurisdiction": "CN"})) == ["alpha", "beta"]
    # Both names together: every code of either must be held.
    assert slugs(api_client.get(LIST, {"jurisdiction": "CN", "covers": "EP"})) == ["beta"]


def test_level_accepts_fulltext_for_full_text(api_client, known_databases):
    expected = ["beta", "gamma"]
    assert slugs(api_client.get(LIST, {"covers": "US", "level": "full_text"})) == expected
    assert slugs(api_client.get(LIST, {"covers": "US", "level": "fulltext"})) == expected
    assert slugs(api_client.get(LIST, {"covers": "US", "level": "fulltext", "access": "registration"})) == ["gamma"]


def test_the_three_states_of_one_coverage_fact(api_client, known_databases):
    fact = {"level": "fulltext", "document_kind": "grants"}
    assert slugs(api_client.get(LIST, {"covers": "CN", **fact})) == ["alpha", "beta"]
    assert slugs(api_client.get(LIST, {"not_covering": "CN", **fact})) == ["gamma"]
    assert slugs(api_client.get(LIST, {"coverage_unknown": "CN", **fact})) == []
    # EP: held by beta, recorded nowhere as not held, unknown for the others.
    assert slugs(api_client.get(LIST, {"covers": "EP"})) == ["beta"]
    assert slugs(api_client.get(LIST, {"not_covering": "EP"})) == []
    assert slugs(api_client.get(LIST, {"coverage_unknown": "EP"})) == ["alpha", "gamma"]


def test_not_covering_and_unknown_follow_level_and_documents(api_client, known_databases):
    assert slugs(api_client.get(LIST, {"not_covering": "CN", "level": "bibliographic"})) == []
    # Alpha records CN application data at the bibliographic level; the others record nothing there.
    assert slugs(api_client.get(LIST, {"coverage_unknown": "CN", "level": "bibliographic"})) == ["beta", "gamma"]
    assert slugs(api_client.get(LIST, {"coverage_unknown": ["CN", "EP"]})) == []
    assert slugs(api_client.get(LIST, {"covers": "US", "coverage_unknown": "EP"})) == ["alpha", "gamma"]


@pytest.mark.parametrize(
    "params",
    [
        {"covers": "XX"},
        {"not_covering": "XX"},
        {"coverage_unknown": "ZZ"},
        {"level": "fulltxt"},
        {"covers": [f"C{n}" for n in range(30)]},
    ],
)
def test_bad_coverage_filters_are_json_400s(api_client, known_databases, params):
    response = api_client.get(LIST, params)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")


def test_schema_documents_the_filters_and_the_coverage_endpoint(api_client):
    schema = api_client.get("/api/schema/?format=json").json()
    params = {p["name"]: p for p in schema["paths"][LIST]["get"]["parameters"]}
    for name in ("covers", "jurisdiction", "not_covering", "coverage_unknown", "level", "access", "aspi"):
        assert name in params
    assert "fulltext" in params["level"]["description"]
    assert "full_text" in params["level"]["schema"]["items"]["enum"]
    assert "not held" in params["not_covering"]["description"]
    assert "Nothing recorded" in params["coverage_unknown"]["description"]
    assert sorted(params["aspi"]["schema"]["enum"]) == ["no", "unknown", "yes"]
    coverage = schema["paths"][f"{LIST}{{slug}}/coverage/"]["get"]
    names = {p["name"] for p in coverage["parameters"]}
    assert {"slug", "jurisdiction", "level", "document_kind", "covered", "page"} <= names


def test_coverage_endpoint_lists_the_facts_of_one_database(api_client, known_databases):
    body = api_client.get(f"{LIST}alpha/coverage/").json()
    assert body["count"] == 3
    first = body["results"][0]
    assert set(first) >= {
        "jurisdiction",
        "document_kind",
        "level",
        "covered",
        "from_year",
        "to_year",
        "note",
        "source_url",
        "reviewed_on",
    }
    assert [(r["jurisdiction"], r["document_kind"]) for r in body["results"]] == [
        ("CN", "applications"),
        ("CN", "grants"),
        ("US", "grants"),
    ]
    cn = api_client.get(f"{LIST}alpha/coverage/", {"jurisdiction": "CN"}).json()
    assert [r["jurisdiction"] for r in cn["results"]] == ["CN", "CN"]
    not_held = api_client.get(f"{LIST}gamma/coverage/", {"covered": "false"}).json()["results"]
    assert [(r["jurisdiction"], r["covered"]) for r in not_held] == [("CN", False)]
    full = api_client.get(f"{LIST}alpha/coverage/", {"level": "fulltext"}).json()["results"]
    assert [r["level"] for r in full] == ["full_text"]


def test_coverage_endpoint_refuses_bad_input_and_hides_drafts(api_client, known_databases):
    make_database("draft", is_published=False, coverage=[("US", "grants", "full_text", None)])
    assert api_client.get(f"{LIST}draft/coverage/").status_code == 404
    assert api_client.get(f"{LIST}nope/coverage/").status_code == 404
    for params in ({"jurisdiction": "XX"}, {"covered": "maybe"}, {"page": "0"}):
        response = api_client.get(f"{LIST}alpha/coverage/", params)
        assert response.status_code in (400, 404)
        assert response["Content-Type"].startswith("application/json")
    assert api_client.get(f"{LIST}alpha/coverage/", {"jurisdiction": "XX"}).status_code == 400


def test_coverage_endpoint_query_count_does_not_grow_with_rows(api_client, known_databases):
    codes = iter(["DE", "FR", "GB", "JP", "KR", "BR", "IN", "KE"])
    alpha = known_databases["alpha"]

    def add_rows():
        code = next(codes)
        for kind in ("grants", "applications"):
            CoverageFactory(database=alpha, jurisdiction=code, document_kind=kind)

    queries = assert_constant_queries(api_client, f"{LIST}alpha/coverage/", add_rows)
    assert queries <= 3  # the database, the count, the page of rows


def test_list_query_count_with_coverage_filters_does_not_grow(api_client, known_databases):
    counter = iter(range(1000))

    def add_rows():
        for _ in range(3):
            make_database(f"extra-{next(counter)}", coverage=[("CN", "grants", "full_text", None)])

    url = f"{LIST}?covers=CN&level=fulltext&not_covering=US&coverage_unknown=EP&access=free"
    assert_constant_queries(api_client, url, add_rows)
