import pytest

from inspire.testing import assert_constant_queries
from tisc.tests.factories import InstitutionFactory, NetworkFactory, ServiceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory(db):
    real = NetworkFactory(
        slug="kenya",
        name="Kenya TISCs",
        country="KE",
        is_demo=False,
        source_url="https://ke.example.org/",
        stated_host_count=25,
        stated_host_count_year=2024,
        stated_host_count_source="https://ke.example.org/count",
    )
    demo = NetworkFactory(slug="demo", name="Demo network")
    uni = InstitutionFactory(network=real, slug="nairobi-uni", name="Nairobi University", languages=["en", "sw"])
    ServiceFactory(institution=uni, service="patent_search")
    ServiceFactory(institution=uni, service="landscape")
    lib = InstitutionFactory(network=real, slug="ke-library", name="National Library", kind="library", city="")
    ServiceFactory(institution=lib, service="patent_search")
    park = InstitutionFactory(network=demo, slug="demo-park", name="Demo Park", kind="science_park", languages=["fr"])
    return {"real": real, "demo": demo, "uni": uni, "lib": lib, "park": park}


def slugs(response) -> list[str]:
    return [i.slug for i in response.context["page_obj"].object_list]


def test_index_colours_real_networks_by_size_and_keeps_demo_ones_off_the_map(client, directory):
    response = client.get("/tisc/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="tisc-band-l" aria-label="Kenya: Kenya TISCs, 25 host institutions"' in html
    assert "Demo network" in html and "Demo</span>" in html  # listed, marked as demo
    assert 'role="group"' in html and "Skip the map" in html
    assert ("l", "20 to 49", 1) in response.context["legend"]


def test_size_not_recorded_is_its_own_state(client, db):
    NetworkFactory(slug="cn", name="China", country="CN", is_demo=False, source_url="https://cn.example.org/")
    html = client.get("/tisc/").content.decode()
    assert 'class="tisc-band-unknown"' in html
    assert "Not recorded" in html


def test_institutions_filter_by_type_service_language_network_and_text(client, directory):
    assert slugs(client.get("/tisc/institutions/?service=patent_search&service=landscape")) == ["nairobi-uni"]
    assert slugs(client.get("/tisc/institutions/?kind=library")) == ["ke-library"]
    assert slugs(client.get("/tisc/institutions/?language=sw")) == ["nairobi-uni"]
    assert slugs(client.get("/tisc/institutions/?network=demo")) == ["demo-park"]
    assert slugs(client.get("/tisc/institutions/?country=KE")) == ["nairobi-uni", "ke-library"]
    assert slugs(client.get("/tisc/institutions/?q=nairobi")) == ["nairobi-uni"]
    assert slugs(client.get("/tisc/institutions/?demo=hide")) == ["nairobi-uni", "ke-library"]


@pytest.mark.parametrize(
    "query", ["kind=castle", "service=magic", "language=xx", "country=XX", "demo=maybe", "network=nope"]
)
def test_unknown_filter_values_answer_400(client, directory, query):
    assert client.get(f"/tisc/institutions/?{query}").status_code == 400
    api = client.get(f"/api/v1/tisc/institutions/?{query}")
    assert api.status_code == 400
    assert api.json()["code"] == "invalid"


def test_institution_page_shows_services_contact_and_provenance(client, directory):
    html = client.get("/tisc/institutions/ke-library/").content.decode()
    assert "Patent search" in html
    assert "Not recorded" in html  # the city
    assert 'id="contact"' in html and "can put you in touch" in html
    assert "https://ke.example.org/" in html  # the network's source, as the institution has none
    demo = client.get("/tisc/institutions/demo-park/").content.decode()
    assert "Demo</span>" in demo and "Source:" not in demo


def test_network_page_lists_institutions_and_says_when_the_source_lists_more(client, directory):
    response = client.get("/tisc/networks/kenya/")
    html = response.content.decode()
    assert "Nairobi University" in html and "25 in 2024" in html and "2 listed here" in html
    assert 'href="/tisc/networks/kenya/dashboard/"' not in html  # private dashboard: no link for the public
    assert client.get("/tisc/networks/nope/").status_code == 404


def test_directory_lists_keep_constant_queries(client, directory):
    counter = iter(range(1000))

    def add_rows():
        for _ in range(3):
            n = next(counter)
            network = NetworkFactory(slug=f"more-{n}")
            institution = InstitutionFactory(network=network, slug=f"more-inst-{n}")
            ServiceFactory(institution=institution, service="training")

    assert_constant_queries(client, "/tisc/", add_rows)
    assert_constant_queries(client, "/tisc/institutions/", add_rows)
    assert_constant_queries(client, "/api/v1/tisc/institutions/", add_rows)
    assert_constant_queries(client, "/api/v1/tisc/networks/", add_rows)


def test_api_gives_the_directory_with_sizes_services_and_sources(api_client, directory):
    networks = {n["slug"]: n for n in api_client.get("/api/v1/tisc/networks/").json()["results"]}
    assert networks["kenya"]["size"] == 25 and networks["kenya"]["listed_count"] == 2
    assert networks["demo"]["is_demo"] is True and networks["demo"]["country"] == ""
    detail = api_client.get("/api/v1/tisc/networks/kenya/").json()
    assert [i["slug"] for i in detail["institutions"]] == ["nairobi-uni", "ke-library"]
    uni = api_client.get("/api/v1/tisc/institutions/nairobi-uni/").json()
    assert uni["services"] == ["landscape", "patent_search"]
    assert uni["source_url"] == "https://ke.example.org/"
    assert api_client.get("/api/v1/tisc/institutions/?service=landscape").json()["count"] == 1


def test_directory_is_searchable_site_wide(client, directory):
    from inspire.search.services import index_rebuild

    index_rebuild()
    response = client.get("/search/?q=Nairobi")
    assert "Nairobi University" in response.content.decode()
