import pytest

from inspire.testing import assert_constant_queries
from registers.tests.factories import ColumnAbsenceFactory, JurisdictionFactory, OrganisationFactory, ResourceFactory


@pytest.fixture
def table(db, france, france_register, epo):
    france.memberships.add(epo)
    japan = JurisdictionFactory(code="JP", name="Japan", region="AS")
    ResourceFactory(jurisdiction=japan, kind="gazette", url="https://gazette.example.jp/", languages="ja,en")
    tuvalu = JurisdictionFactory(code="TV", name="Tuvalu", region="OC")
    ColumnAbsenceFactory(jurisdiction=tuvalu, column="gazette", source_url="https://tuvalu.example.org/gazette")
    return {"france": france, "japan": japan}


def names(response) -> list[str]:
    return [jurisdiction.name for jurisdiction in response.context["rows"]]


def test_table_lists_every_jurisdiction_with_register_links(client, table):
    response = client.get("/registers/")
    assert response.status_code == 200
    assert names(response) == ["European Patent Office (EPO)", "France", "Japan", "Tuvalu"]
    assert b'href="https://data.inpi.fr/"' in response.content


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("region=AS", ["Japan"]),
        ("register=yes", ["France"]),
        ("gazette=no", ["Tuvalu"]),
        ("gazette=unknown", ["European Patent Office (EPO)", "France"]),
        ("member_of=EP", ["France"]),
        ("language=ja", ["Japan"]),
        ("q=tuva", ["Tuvalu"]),
        ("q=jp", ["Japan"]),
        ("free=true&region=EU", ["France"]),
        ("sort=gazette&region=AS", ["Japan"]),
    ],
)
def test_searcher_narrows_the_table_with_filters(client, table, query, expected):
    assert names(client.get(f"/registers/?{query}")) == expected


def test_several_organisations_keep_the_members_of_every_one(client, table):
    pct = OrganisationFactory(code="WO", name="WIPO (PCT)")
    table["france"].memberships.add(pct)
    table["japan"].memberships.add(pct)
    assert names(client.get("/registers/?member_of=WO")) == ["France", "Japan"]
    assert names(client.get("/registers/?member_of=EP&member_of=WO")) == ["France"]
    assert names(client.get("/registers/?member_of=EP&member_of=WO&member_of=EP")) == ["France"]


def test_sorting_by_a_column_puts_available_rows_first_then_recorded_absences(client, table):
    assert names(client.get("/registers/?sort=register"))[0] == "France"
    assert names(client.get("/registers/?sort=gazette")) == [
        "Japan",
        "Tuvalu",
        "European Patent Office (EPO)",
        "France",
    ]
    assert names(client.get("/registers/?sort=-name"))[0] == "Tuvalu"


def test_table_tells_a_recorded_no_from_not_recorded(client, table):
    html = client.get("/registers/?q=tuva").content.decode()
    assert "\u2013" not in html  # the dash that stood for both "no" and "not recorded"
    assert 'href="https://tuvalu.example.org/gazette"' in html
    assert '<span class="fact fact-no">' in html and '<span class="fact fact-unknown">' in html
    assert html.count("Not recorded</span>") == 4  # Tuvalu's other four columns
    assert 'class="fact-legend"' in html


def test_a_row_links_its_file_and_escapes_what_curators_typed(client, table):
    ResourceFactory(
        jurisdiction=table["japan"], kind="register", title='J-PlatPat <script>alert("x")</script>', link_ok=False
    )
    html = client.get("/registers/?q=japan").content.decode()
    assert '<a href="/registers/JP/">Japan</a>' in html
    assert "<script>alert" not in html
    assert "J-PlatPat &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "broken link" in html


def test_filter_options_show_counts(client, table):
    response = client.get("/registers/")
    assert response.context["total"] == 4
    regions = {code: count for code, _label, count in response.context["region_options"]}
    assert regions["EU"] == 1 and regions["AS"] == 1
    members = {code: count for code, _label, count in response.context["member_options"]}
    assert members["EP"] == 1
    gazette = next(option for option in response.context["column_filters"] if option[0] == "gazette")
    assert gazette[2:4] == (1, 1)  # available in Japan, recorded absent in Tuvalu; the rest are not counted


def test_filter_counts_follow_an_edit_on_the_next_request(client, table):
    """The counts are kept between requests; any register edit (here a new gazette) retires them."""

    def gazette_counts():
        response = client.get("/registers/?region=OC")
        return next(option[2:4] for option in response.context["column_filters"] if option[0] == "gazette")

    assert gazette_counts() == (0, 1)
    ResourceFactory(jurisdiction=JurisdictionFactory(code="FJ", name="Fiji", region="OC"), kind="gazette")
    assert gazette_counts() == (1, 1)


def test_invalid_filter_values_give_a_form_error_not_a_crash(client, table):
    response = client.get("/registers/?region=ZZ&register=maybe")
    assert response.status_code == 400
    assert b"Some filter values are not valid" in response.content


def test_table_query_count_does_not_grow_with_rows(client, epo):
    def add_rows():
        jurisdiction = JurisdictionFactory()
        jurisdiction.memberships.add(epo)
        ResourceFactory(jurisdiction=jurisdiction)
        ResourceFactory(jurisdiction=jurisdiction, kind="gazette")

    assert_constant_queries(client, "/registers/", add_rows)


def test_the_language_filter_offers_the_languages_resources_are_in_named_in_the_readers_language(client, db):
    japan = JurisdictionFactory(code="JP", name="Japan")
    ResourceFactory(jurisdiction=japan, kind="register", languages="ja,en")
    body = client.get("/fr/registers/").content.decode()
    start = body.index('<select name="language"')
    select = body[start : body.index("</select>", start)]
    assert '<option value="ja">Japonais</option>' in select
    assert '<option value="en">Anglais</option>' in select
    assert 'value="de"' not in select  # no resource is in German
    chosen = client.get("/registers/", {"language": "ja"}).content.decode()
    assert '<option value="ja" selected>Japanese</option>' in chosen
