import datetime
import re

import pytest

from inspire.testing import assert_constant_queries
from registers.tests.factories import (
    ColumnAbsenceFactory,
    JurisdictionFactory,
    JurisdictionFileFactory,
    JurisdictionNoteFactory,
    OrganisationFactory,
    ResourceFactory,
    SampleNumberFactory,
)


def test_jurisdiction_file_shows_resources_tips_and_sample_numbers(client, france, france_register):
    JurisdictionFileFactory(jurisdiction=france)
    SampleNumberFactory(jurisdiction=france, as_printed="FR 20 12345", as_entered="2012345")
    response = client.get("/registers/FR/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>France" in html
    assert 'href="https://data.inpi.fr/"' in html
    assert "<strong>application number</strong>" in html
    assert "FR 20 12345" in html and "<code>2012345</code>" in html


def test_lower_case_code_opens_the_same_file(client, france):
    assert client.get("/registers/fr/").status_code == 200


def test_unknown_code_is_not_found(client, db):
    assert client.get("/registers/QQ/").status_code == 404


def test_broken_link_shows_a_badge(client, france):
    ResourceFactory(jurisdiction=france, link_ok=False, link_status_code=404, link_error="HTTP 404")
    assert "broken (404)" in client.get("/registers/FR/").content.decode()


def test_regional_office_lists_its_member_states(client, epo, france):
    france.memberships.add(epo)
    html = client.get("/registers/EP/").content.decode()
    assert "1 member state" in html
    assert 'href="/registers/FR/"' in html


@pytest.mark.parametrize("path", ["/registers/", "/registers/FR/", "/registers/map/"])
def test_pages_have_no_inline_script_or_style(client, france, path):
    html = client.get(path).content.decode()
    assert "style=" not in html and "<style" not in html
    assert "<script>" not in html and " onclick=" not in html


def test_a_service_serving_several_columns_is_listed_once(client, france):
    for kind in ("register", "file_inspection"):
        ResourceFactory(jurisdiction=france, kind=kind, title="One service", url="https://one.example.org/")
    response = client.get("/registers/FR/")
    assert response.content.decode().count('href="https://one.example.org/"') == 3  # two glance links, one row
    assert response.context["page_obj"].object_list[0][1] == ["Online register", "Online file inspection"]


def test_an_office_with_many_services_lists_them_a_page_at_a_time(client, france):
    from registers.views import RESOURCES_PER_PAGE

    for i in range(RESOURCES_PER_PAGE + 1):
        ResourceFactory(
            jurisdiction=france, kind="publications", title=f"Service {i}", url=f"https://s{i}.example.org/"
        )
    last = f">Service {RESOURCES_PER_PAGE}</a>"
    first = client.get("/registers/FR/").content.decode()
    assert ">Service 0</a>" in first and last not in first
    assert 'rel="next" href="?page=2"' in first
    second = client.get("/registers/FR/?page=2").content.decode()
    assert last in second and ">Service 0</a>" not in second


def test_country_file_points_to_the_regional_registers_it_belongs_to(client, france, epo):
    france.memberships.add(epo)
    html = client.get("/registers/FR/").content.decode()
    assert "check their registers too" in html
    assert '<a href="/registers/EP/">European Patent Convention (EPC)</a>' in html


def test_oapi_member_file_says_oapi_is_its_patent_office(client, db):
    oapi = OrganisationFactory(code="OA", name="African Intellectual Property Organization (OAPI)")
    senegal = JurisdictionFactory(code="SN", name="Senegal", region="AF")
    senegal.memberships.add(oapi)
    assert "OAPI is its patent office" in client.get("/registers/SN/").content.decode()


def test_file_shows_each_column_as_yes_recorded_no_or_not_recorded(client, france, france_register):
    ColumnAbsenceFactory(jurisdiction=france, column="gazette", source_url="https://www.inpi.fr/bopi")
    response = client.get("/registers/FR/")
    glance = {str(label): cell.fact for label, cell in response.context["glance"]}
    assert glance == {
        "Online register": "yes",
        "Online file inspection": "unknown",
        "Online gazette": "no",
        "SPC / term extension": "unknown",
        "Access to publications": "unknown",
    }
    html = response.content.decode()
    assert 'href="https://www.inpi.fr/bopi"' in html and "reviewed on 2026-12-01" in html
    assert 'class="fact-legend"' in html


def test_file_shows_unchecked_register_facts_as_not_recorded(client, france, france_register):
    JurisdictionFileFactory(jurisdiction=france, shows_pending=True, shows_fees=False)
    html = " ".join(client.get("/registers/FR/").content.decode().split())
    assert "Not reviewed" not in html
    assert 'fact-yes"><span class="fact-symbol" aria-hidden="true">✓</span> Yes</span> Pending applications' in html
    assert 'fact-no"><span class="fact-symbol" aria-hidden="true">✗</span> No</span> Renewal fees' in html
    assert "Not recorded</span> Lapses" in html
    assert 'API: <span class="fact fact-unknown">' in html


def test_file_shows_where_each_fact_comes_from(client, france, france_register):
    france_register.source_url = "https://www.inpi.fr/services"
    france_register.save()
    JurisdictionFileFactory(jurisdiction=france, source_url="https://data.inpi.fr/help")
    html = client.get("/registers/FR/").content.decode()
    for source in ("https://www.inpi.fr/services", "https://data.inpi.fr/help", "https://office.example.org/about"):
        assert f'<a href="{source}" rel="noopener noreferrer">source</a>' in html
    assert "reviewed on 2026-11-24" in html


def test_a_jurisdiction_nobody_reviewed_says_so(client, db):
    JurisdictionFactory(code="TV", name="Tuvalu", region="OC", reviewed_on=None, office_name="")
    html = client.get("/registers/TV/").content.decode()
    assert "No curator has reviewed this jurisdiction yet." in html


def test_notes_show_under_their_topics_headings_with_source_and_date(client, france, france_register):
    JurisdictionFileFactory(jurisdiction=france, search_tips="- Leave out the check digit.")
    JurisdictionNoteFactory(jurisdiction=france, topic="register_contents", text="Shows renewals.")
    JurisdictionNoteFactory(jurisdiction=france, topic="search_tips", text="Search *both* languages.")
    JurisdictionNoteFactory(
        jurisdiction=france, topic="regional_routes", text="EPC member.", source_url="https://www.epo.org/members"
    )
    JurisdictionNoteFactory(jurisdiction=france, topic="gazette_frequency")
    JurisdictionNoteFactory(jurisdiction=france, topic="gazette_frequency", text="Issues are numbered by week.")
    html = client.get("/registers/FR/").content.decode()
    headings = re.findall(r"<h2>([^<]+)</h2>", html)
    assert headings.count("What the register shows") == 1 and headings.count("Search tips") == 1
    assert headings.index("What the register shows") < headings.index("Search tips") < headings.index("Gazette")
    assert "Regional routes that reach it" in headings
    assert "Number formats" not in headings and "How protection is obtained" not in headings
    assert "Shows renewals." in html and "<em>both</em>" in html and "Leave out the check digit." in html
    assert "<strong>weekly</strong>" in html and html.index("weekly") < html.index("Issues are numbered by week.")
    assert '<a href="https://www.epo.org/members" rel="noopener noreferrer">source</a>, reviewed on 2026-12-02' in (
        " ".join(html.split())
    )


def test_a_territory_without_an_office_says_how_protection_is_obtained_first(client, db):
    cayman = JurisdictionFactory(code="KY", name="Cayman Islands", region="AM", office_name="", office_url="")
    cayman.reviewed_on, cayman.source_url = None, "https://www.iso.org/iso-3166-country-codes.html"
    cayman.save()
    JurisdictionNoteFactory(
        jurisdiction=cayman, topic="protection_route", text="Protection is by extension of a current UK patent."
    )
    html = client.get("/registers/KY/").content.decode()
    assert html.index("<h2>How protection is obtained</h2>") < html.index("<h2>At a glance</h2>")
    assert "extension of a current UK patent" in html
    assert "each fact above gives its own source and review date" in html
    assert "No curator has reviewed this jurisdiction yet." not in html


def test_a_service_recorded_apart_for_each_column_shows_each_source(client, france):
    for kind, source in (("register", "https://one.example.org/help"), ("spc", "https://one.example.org/spc")):
        ResourceFactory(
            jurisdiction=france, kind=kind, url="https://one.example.org/", notes=f"{kind} notes", source_url=source
        )
    html = client.get("/registers/FR/").content.decode()
    assert html.count("<tr>") == 2  # header and one service
    for source in ("https://one.example.org/help", "https://one.example.org/spc"):
        assert f'<a href="{source}" rel="noopener noreferrer">source</a>' in html
    assert '<strong>SPC / term extension data</strong>: <span class="muted">spc notes</span>' in html


def test_a_sample_number_shows_the_page_that_printed_it(client, france, france_register):
    JurisdictionFileFactory(jurisdiction=france)
    SampleNumberFactory(
        jurisdiction=france,
        as_printed="FR 1",
        source_url="https://data.inpi.fr/help",
        reviewed_on=datetime.date(2026, 12, 2),
    )
    SampleNumberFactory(jurisdiction=france, as_printed="FR 2")
    html = client.get("/registers/FR/").content.decode()
    assert '<a href="https://data.inpi.fr/help" rel="noopener noreferrer">source</a>' in html
    assert "as the jurisdiction file" in html


def test_detail_page_query_count_does_not_grow_with_rows(client, epo):
    france = JurisdictionFactory(code="FR", name="France", region="EU")
    JurisdictionFileFactory(jurisdiction=france)

    def add_rows():
        france.memberships.add(OrganisationFactory(code=next(codes), name=next(codes)))
        ResourceFactory(jurisdiction=france)
        ColumnAbsenceFactory(jurisdiction=france, column=next(columns))
        SampleNumberFactory(jurisdiction=france)
        for topic in ("register_contents", "protection_route", "search_tips"):
            JurisdictionNoteFactory(jurisdiction=france, topic=topic)

    codes = iter(["AP", "ARIPO", "OA", "OAPI"])
    columns = iter(["spc", "gazette"])
    assert_constant_queries(client, "/registers/FR/", add_rows)
    assert_constant_queries(client, "/registers/EP/", lambda: epo.members.add(JurisdictionFactory()))


def test_a_note_links_the_jurisdiction_it_relies_on_in_the_readers_language(client, db):
    JurisdictionFactory(code="US", name="United States", region="NA")
    puerto_rico = JurisdictionFactory(code="PR", name="Puerto Rico", region="NA")
    JurisdictionNoteFactory(
        jurisdiction=puerto_rico,
        topic="protection_route",
        text="Protection comes from a [United States](/registers/US/) patent ([USPTO](https://www.uspto.gov/)).",
        translations={"fr": {"text": "Un brevet des [États-Unis](/registers/US/) ([USPTO](https://www.uspto.gov/))."}},
    )
    english = client.get("/registers/PR/").content.decode()
    assert 'href="/registers/US/"' in english
    french = client.get("/fr/registers/PR/").content.decode()
    assert 'href="/fr/registers/US/"' in french and 'href="https://www.uspto.gov/"' in french
