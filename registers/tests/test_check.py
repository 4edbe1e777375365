"""The status checker's page (/registers/check/) and API (/api/v1/registers/check/)."""

import pytest
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.validation import validate_schema

from registers.models import Jurisdiction, Resource
from registers.tests.factories import JurisdictionFactory, OrganisationFactory, ResourceFactory

PAGE = "/registers/check/"
API = "/api/v1/registers/check/"


def _check_form(html: str) -> str:
    start = html.index('<form class="check-form"')
    return html[start : html.index("</form>", start)]


def _office(code: str, name: str, **fields) -> Jurisdiction:
    return JurisdictionFactory(code=code, name=name, kind=Jurisdiction.Kind.REGIONAL, region="XX", **fields)


@pytest.fixture
def epo(db):
    return OrganisationFactory()


@pytest.fixture
def upc(db):
    return JurisdictionFactory(code="UPC", name="Unified Patent Court", kind=Jurisdiction.Kind.COURT, region="XX")


@pytest.fixture
def wipo(db):
    wipo = _office("WO", "World Intellectual Property Organization (WIPO)")
    ResourceFactory(
        jurisdiction=wipo,
        title="PATENTSCOPE",
        url="https://patentscope.wipo.int/search/en/search.jsf",
        searchable_by_number=True,
    )
    return wipo


@pytest.fixture
def korea(db):
    korea = JurisdictionFactory(code="KR", name="South Korea", region="AS")
    for kind in (Resource.Kind.REGISTER, Resource.Kind.FILE_INSPECTION):
        ResourceFactory(jurisdiction=korea, kind=kind, title="KIPRIS", url="https://www.kipris.or.kr/")
    ResourceFactory(jurisdiction=korea, kind=Resource.Kind.GAZETTE, title="Gazette", url="https://gazette.example.org/")
    ResourceFactory(
        jurisdiction=korea, kind=Resource.Kind.LEGAL_STATUS, title="Data portal", url="https://data.example.org/"
    )
    return korea


# --- page -------------------------------------------------------------------------------------------


def test_page_without_a_number_shows_the_form_and_the_formats(client, db):
    response = client.get(PAGE)
    assert response.status_code == 200
    html = response.content.decode()
    form = _check_form(html)
    assert 'name="number"' in form and 'method="get"' in form
    assert "csrfmiddlewaretoken" not in form
    assert "PCT/IB2020/051234" in html  # the formats the checker reads


def test_page_reads_an_ep_patent_and_links_registers_with_the_normalised_number(client, epo, upc):
    response = client.get(PAGE, {"number": "ep 1 234 567 b1"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "EP 1234567 B1" in html
    assert "Patent (grant) number" in html
    assert 'href="https://worldwide.espacenet.com/patent/search?q=pn%3DEP1234567B1"' in html
    assert 'href="https://register.epo.org/smartSearch?searchMode=smart&amp;query=EP1234567"' in html
    assert f'href="{epo.get_absolute_url()}"' in html  # jurisdiction file, and member states for validation
    assert "Unitary Patent" in html and f'href="{upc.get_absolute_url()}"' in html
    assert "oppose" in html


def test_page_offers_the_office_s_register_search_when_no_address_takes_the_number(client, korea):
    response = client.get(PAGE, {"number": "KR 10-2021-0012345 A"})
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("KIPRIS: search for KR 10-2021-0012345 A") == 1  # once, though it is two resources
    assert 'href="https://www.kipris.or.kr/"' in html
    assert "https://gazette.example.org/" not in html  # a gazette is no register
    assert "https://data.example.org/" not in html  # nor is a service not recorded as searchable by number
    assert 'href="/registers/KR/"' in html


def test_pct_application_is_searched_for_in_patentscope_with_national_phase_next(client, wipo, epo):
    html = client.get(PAGE, {"number": "PCT/IB2020/051234"}).content.decode()
    assert "PATENTSCOPE: search for PCT/IB2020/051234" in html
    assert "National Phase" in html
    assert f'href="{wipo.get_absolute_url()}"' in html


def test_national_number_names_the_regional_systems_of_its_state(client, epo):
    france = JurisdictionFactory(code="FR", name="France")
    france.memberships.add(epo)
    html = client.get(PAGE, {"number": "FR 3 100 000 A1"}).content.decode()
    assert 'href="https://data.inpi.fr/brevets/FR3100000"' in html
    assert "Rights with effect in France can also come from these systems" in html
    assert "European Patent Convention (EPC)" in html


def test_oapi_member_state_is_told_oapi_grants_its_patents(client, db):
    oapi = _office("OA", "African Intellectual Property Organization (OAPI)")
    cameroon = JurisdictionFactory(code="CM", name="Cameroon", region="AF")
    cameroon.memberships.add(oapi)
    html = client.get(PAGE, {"number": "CM 1234 A"}).content.decode()
    assert "Cameroon is an OAPI member state" in html


@pytest.mark.parametrize("office", ["AP", "OA", "EA"])
def test_regional_numbers_point_to_the_member_states(client, db, office):
    system = _office(office, f"Office {office}")
    number = {"AP": "AP/P/2020/012345", "OA": "OA 19876 A", "EA": "EA 006494 B1"}[office]
    response = client.get(PAGE, {"number": number})
    assert response.status_code == 200
    html = response.content.decode()
    assert f'href="{system.get_absolute_url()}"' in html
    assert "member states" in html


@pytest.mark.parametrize(
    "typed",
    ["", "1234567", "XX 1234567", "<script>alert(1)</script>", "EP 😀", "x" * 10_000],
    ids=["empty", "digits", "unknown office", "script", "emoji", "10000 chars"],
)
def test_page_refuses_unreadable_input_with_400_naming_the_formats(client, db, typed):
    response = client.get(PAGE, {"number": typed})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Formats we read" in html
    form = _check_form(html)
    assert 'aria-invalid="true"' in form and 'role="alert"' in form
    assert "<script>alert" not in html
    assert "x" * 65 not in form  # the value shown back is cut to the input's maximum


def test_page_answers_in_three_queries(client, epo, upc, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        assert client.get(PAGE, {"number": "EP 1 234 567 B1"}).status_code == 200


def test_home_page_and_registers_index_have_the_check_form(client, db):
    for url in ("/", "/registers/"):
        html = client.get(url).content.decode()
        assert 'action="/registers/check/"' in html, url
        assert 'name="number"' in html, url


# --- API --------------------------------------------------------------------------------------------


def test_api_reads_the_number_and_answers_links_jurisdiction_and_next_steps(api_client, epo, upc):
    response = api_client.get(API, {"number": "EP 99203729.6"})
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"office", "type", "number", "kind", "display", "links", "jurisdiction_url", "next_steps"}
    assert (body["office"], body["type"], body["number"], body["kind"]) == ("EP", "application", "99203729", "")
    assert body["display"] == "EP 99203729.6"
    assert {"label": "European Patent Register", "url": "https://register.epo.org/application?number=EP99203729",
            "kind": "register"} in body["links"]  # fmt: skip
    assert body["jurisdiction_url"] == "http://testserver/registers/EP/"
    step_links = [link for step in body["next_steps"] for link in step["links"]]
    assert {"label": "Unitary patent and Unified Patent Court", "url": "http://testserver/registers/UPC/",
            "kind": "jurisdiction"} in step_links  # fmt: skip


def test_api_links_contain_the_normalised_number(api_client, db):
    body = api_client.get(API, {"number": "US 2019/0123456 A1"}).json()
    assert body["number"] == "20190123456"
    assert body["jurisdiction_url"] is None
    urls = [link["url"] for link in body["links"]]
    assert urls and all("20190123456" in url or "US2019123456A1" in url for url in urls)


@pytest.mark.parametrize(
    "query",
    [{}, {"number": ""}, {"number": "12345"}, {"number": "ZZ 1234567"}, {"number": "x" * 10_000}],
    ids=["missing", "empty", "digits", "unknown office", "10000 chars"],
)
def test_api_refuses_unreadable_input_with_the_json_error_body(api_client, db, query):
    response = api_client.get(API, query)
    assert response.status_code == 400
    body = response.json()
    assert (body["status"], body["code"]) == (400, "invalid")
    assert set(body["errors"]) == {"number"}
    assert "Formats we read" in body["errors"]["number"][0]


def test_api_schema_documents_the_query_parameter_and_the_answer():
    schema = SchemaGenerator().get_schema(request=None, public=True)
    validate_schema(schema)
    operation = schema["paths"]["/api/v1/registers/check/"]["get"]
    assert [(p["name"], p["in"], p["required"]) for p in operation["parameters"]] == [("number", "query", True)]
    assert operation["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/NumberCheck"
    }
    assert "400" in operation["responses"]
    answer = schema["components"]["schemas"]["NumberCheck"]
    assert set(answer["required"]) >= {"office", "type", "number", "kind", "display", "links", "next_steps"}
    assert answer["properties"]["jurisdiction_url"]["nullable"] is True


@pytest.mark.e2e
def test_result_page_fits_a_390_pixel_screen(page):
    OrganisationFactory()
    JurisdictionFactory(code="UPC", name="Unified Patent Court", kind=Jurisdiction.Kind.COURT, region="XX")
    page.set_viewport_size({"width": 390, "height": 844})
    for number in ("EP 1 234 567 B1", "PCT/IB2020/051234", "x" * 64):
        page.goto(f"/registers/check/?number={number}")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, number
    page.goto("/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.get_by_label("Application, publication or patent number").fill("US 10,123,456 B2")
    page.get_by_role("button", name="Check").click()
    page.wait_for_url("**/registers/check/?number=*")
    assert page.get_by_role("heading", level=2, name="US 10,123,456 B2").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_a_nul_character_in_the_number_is_refused_by_the_site_wide_rule(client, api_client, db):
    assert client.get(PAGE, {"number": "EP1234567\x00"}).status_code == 400
    response = api_client.get(API, {"number": "EP\x00"})
    assert response.status_code == 400
    assert "NUL" in str(response.json())
