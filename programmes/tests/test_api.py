import pytest
from django.urls import reverse

from inspire.testing import assert_constant_queries
from programmes.tests.factories import EligibilityListFactory, ProductFactory, ProgrammeFactory, StatisticFactory

pytestmark = pytest.mark.django_db


def test_the_programme_list_and_detail(api_client, loaded):
    listing = api_client.get(reverse("api:programmes-api:programme-list")).json()
    assert [item["slug"] for item in listing["results"]] == ["aspi", "ardi"]
    detail = api_client.get(reverse("api:programmes-api:programme-detail", kwargs={"slug": "aspi"})).json()
    products = {
        product["name"]: product["database"] for provider in detail["providers"] for product in provider["products"]
    }
    assert products["PatBase"].endswith("/databases/patbase/")
    group_2 = next(group for group in detail["lists"] if group["slug"] == "aspi-group-2")
    assert group_2["complete"] is False and group_2["stated_count"] == 45 and len(group_2["countries"]) == 9
    assert {source["key"] for source in detail["sources"]} >= {"aspi-faq", "aspi-eligibility"}


def test_statistics_carry_their_source_and_qualifier(api_client, loaded):
    rows = api_client.get(reverse("api:programmes-api:statistics")).json()["results"]
    ardi = next(row for row in rows if row["programme"] == "ardi")
    assert ardi == {
        "programme": "ardi",
        "year": 2023,
        "metric": "registered",
        "value": 11000,
        "qualifier": "more_than",
        "note": "Research4Life as a whole, of which ARDI is one programme",
        "source": ardi["source"],
    }
    assert ardi["source"]["url"] == ""


def test_the_programme_is_read_only_through_the_api(api_client, staff_user, loaded):
    api_client.force_authenticate(staff_user)
    url = reverse("api:programmes-api:programme-detail", kwargs={"slug": "aspi"})
    assert api_client.delete(url).status_code == 405


def test_api_lists_keep_a_constant_query_count(api_client):
    def add_rows():
        programme = ProgrammeFactory()
        ProductFactory(provider__programme=programme)
        EligibilityListFactory(programme=programme)
        StatisticFactory(programme=programme)

    assert_constant_queries(api_client, reverse("api:programmes-api:programme-list"), add_rows)
    assert_constant_queries(api_client, reverse("api:programmes-api:statistics"), add_rows)


def test_the_programme_detail_keeps_a_constant_query_count(api_client):
    programme = ProgrammeFactory(slug="steady")

    def add_rows():
        ProductFactory(provider__programme=programme)
        EligibilityListFactory(programme=programme)
        StatisticFactory(programme=programme)

    url = reverse("api:programmes-api:programme-detail", kwargs={"slug": "steady"})
    assert_constant_queries(api_client, url, add_rows)


def test_the_api_root_links_the_new_endpoints(api_client, db):
    links = api_client.get("/api/v1/").json()
    assert {"programmes", "programmes/eligibility", "programmes/statistics", "learning/resources"} <= set(links)
