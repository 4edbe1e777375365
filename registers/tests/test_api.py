from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.validation import validate_schema

from inspire.testing import assert_constant_queries
from registers.tests.factories import (
    ColumnAbsenceFactory,
    JurisdictionFactory,
    JurisdictionFileFactory,
    JurisdictionNoteFactory,
    ResourceFactory,
    SampleNumberFactory,
)


def test_api_lists_jurisdictions_with_table_columns(api_client, france, france_register, epo):
    france.memberships.add(epo)
    body = api_client.get("/api/v1/registers/jurisdictions/", {"member_of": "EP", "register": "yes"}).json()
    assert body["count"] == 1
    row = body["results"][0]
    assert row["code"] == "FR"
    assert row["memberships"] == ["EP"]
    assert row["columns"]["register"] == "https://data.inpi.fr/"
    assert row["columns"]["gazette"] is None
    assert row["html_url"].endswith("/registers/FR/")


def test_api_columns_give_a_link_false_for_a_recorded_no_and_null_when_not_recorded(
    api_client, france, france_register
):
    ColumnAbsenceFactory(jurisdiction=france, column="gazette")
    row = api_client.get("/api/v1/registers/jurisdictions/", {"gazette": "no"}).json()["results"][0]
    assert row["columns"] == {
        "register": "https://data.inpi.fr/",
        "file_inspection": None,
        "gazette": False,
        "spc": None,
        "publications": None,
    }
    assert api_client.get("/api/v1/registers/jurisdictions/", {"gazette": "unknown"}).json()["count"] == 0


def test_api_schema_documents_the_three_states():
    schema = SchemaGenerator().get_schema(request=None, public=True)
    validate_schema(schema)
    columns = schema["components"]["schemas"]["Jurisdiction"]["properties"]["columns"]
    assert "false when a source records that it has none" in columns["description"]
    assert "null when nothing is recorded" in columns["description"]
    resource = schema["components"]["schemas"]["Resource"]["properties"]["has_api"]
    assert "not recorded" in resource["description"]


def test_api_detail_has_resources_absences_file_samples_and_their_sources(api_client, france, france_register):
    JurisdictionFileFactory(jurisdiction=france, source_url="https://data.inpi.fr/help")
    SampleNumberFactory(jurisdiction=france)
    ColumnAbsenceFactory(jurisdiction=france, column="spc", source_url="https://www.inpi.fr/spc")
    body = api_client.get("/api/v1/registers/jurisdictions/FR/").json()
    assert body["resources"][0]["url"] == "https://data.inpi.fr/"
    assert body["file"]["shows_pending"] is True
    assert body["file"]["shows_fees"] is None
    assert body["file"]["source_url"] == "https://data.inpi.fr/help"
    assert body["file"]["reviewed_on"] == "2026-11-24"
    assert body["source_url"] == "https://office.example.org/about"
    assert body["absences"] == [
        {
            "column": "spc",
            "note": "The office publishes its gazette on paper only.",
            "source_url": "https://www.inpi.fr/spc",
            "reviewed_on": "2026-12-01",
        }
    ]
    assert len(body["sample_numbers"]) == 1


def test_bad_filter_values_give_json_400(api_client, db):
    for query in ({"region": "ZZ"}, {"register": "perhaps"}, {"member_of": "XX"}, {"sort": "price"}):
        response = api_client.get("/api/v1/registers/jurisdictions/", query)
        assert response.status_code == 400, query
        assert response.json()["code"] == "invalid"
        assert set(response.json()["errors"]) == set(query)


def test_anonymous_and_plain_users_cannot_write(api_client, user, db):
    assert api_client.post("/api/v1/registers/jurisdictions/", {"code": "FR"}).status_code == 401
    api_client.force_authenticate(user)
    assert api_client.post("/api/v1/registers/jurisdictions/", {"code": "FR"}).status_code == 403


def test_resources_can_be_filtered_by_link_health(api_client, france):
    ResourceFactory(jurisdiction=france, link_ok=False)
    ResourceFactory(jurisdiction=france, link_ok=True)
    ResourceFactory(jurisdiction=france, link_ok=None)
    body = api_client.get("/api/v1/registers/resources/", {"link_ok": "no"}).json()
    assert body["count"] == 1
    assert body["results"][0]["link_ok"] is False
    unchecked = api_client.get("/api/v1/registers/resources/", {"link_ok": "unknown"}).json()
    assert [item["link_ok"] for item in unchecked["results"]] == [None]
    assert api_client.get("/api/v1/registers/resources/", {"link_ok": "maybe"}).status_code == 400


def test_api_list_query_count_does_not_grow_with_rows(api_client, epo):
    def add_rows():
        jurisdiction = JurisdictionFactory()
        jurisdiction.memberships.add(epo)
        ResourceFactory(jurisdiction=jurisdiction)
        ColumnAbsenceFactory(jurisdiction=jurisdiction)

    assert_constant_queries(api_client, "/api/v1/registers/jurisdictions/", add_rows)
    assert_constant_queries(api_client, "/api/v1/registers/resources/", add_rows)
    assert_constant_queries(api_client, "/api/v1/registers/map/", add_rows)


def test_api_detail_lists_notes_by_topic_and_sample_sources(api_client, france):
    JurisdictionNoteFactory(jurisdiction=france, topic="protection_route", text="By a national patent.")
    SampleNumberFactory(jurisdiction=france, source_url="https://data.inpi.fr/help", reviewed_on="2026-12-02")
    body = api_client.get("/api/v1/registers/jurisdictions/FR/").json()
    assert body["notes"] == [
        {
            "topic": "protection_route",
            "text": "By a national patent.",
            "source_url": "https://office.example.org/gazette",
            "reviewed_on": "2026-12-02",
        }
    ]
    assert body["sample_numbers"][0]["source_url"] == "https://data.inpi.fr/help"


def test_api_detail_query_count_does_not_grow_with_rows(api_client, epo):
    france = JurisdictionFactory(code="FR", name="France", region="EU")

    def add_rows():
        france.memberships.add(epo)
        ResourceFactory(jurisdiction=france)
        SampleNumberFactory(jurisdiction=france)
        JurisdictionNoteFactory(jurisdiction=france)
        epo.members.add(JurisdictionFactory())

    assert_constant_queries(api_client, "/api/v1/registers/jurisdictions/FR/", add_rows)
    assert_constant_queries(api_client, "/api/v1/registers/jurisdictions/EP/", add_rows)
