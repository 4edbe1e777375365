from inspire.testing import assert_constant_queries
from registers.tests.factories import (
    JurisdictionFactory,
    JurisdictionFileFactory,
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


def test_api_detail_has_resources_file_and_samples(api_client, france, france_register):
    JurisdictionFileFactory(jurisdiction=france)
    SampleNumberFactory(jurisdiction=france)
    body = api_client.get("/api/v1/registers/jurisdictions/FR/").json()
    assert body["resources"][0]["url"] == "https://data.inpi.fr/"
    assert body["file"]["shows_pending"] is True
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
    body = api_client.get("/api/v1/registers/resources/", {"link_ok": "false"}).json()
    assert body["count"] == 1
    assert body["results"][0]["link_ok"] is False


def test_api_list_query_count_does_not_grow_with_rows(api_client, epo):
    def add_rows():
        jurisdiction = JurisdictionFactory()
        jurisdiction.memberships.add(epo)
        ResourceFactory(jurisdiction=jurisdiction)

    assert_constant_queries(api_client, "/api/v1/registers/jurisdictions/", add_rows)
    assert_constant_queries(api_client, "/api/v1/registers/resources/", add_rows)
    assert_constant_queries(api_client, "/api/v1/registers/map/", add_rows)
