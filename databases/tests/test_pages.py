import pytest
from django.utils import translation

from databases.tests.factories import CoverageFactory, PatentDatabaseFactory
from inspire.testing import assert_constant_queries

pytestmark = pytest.mark.django_db


def slugs_on(response) -> list[str]:
    return [db.slug for db in response.context["page_obj"].object_list]


def test_browse_lists_published_databases_only(client, known_databases):
    PatentDatabaseFactory(slug="hidden", is_published=False)
    response = client.get("/databases/")
    assert response.status_code == 200
    assert slugs_on(response) == ["alpha", "beta", "gamma"]


def test_filtering_by_feature_keeps_databases_having_all_of_them(client, known_databases):
    response = client.get("/databases/?feature=boolean&feature=cpc")
    assert slugs_on(response) == ["alpha", "beta"]
    assert slugs_on(client.get("/databases/?feature=boolean&feature=chemical")) == ["beta"]


def test_filtering_by_kind_access_and_aspi(client, known_databases):
    assert slugs_on(client.get("/databases/?kind=commercial&kind=free_service")) == ["beta", "gamma"]
    assert slugs_on(client.get("/databases/?access=free")) == ["alpha"]
    assert slugs_on(client.get("/databases/?aspi=yes")) == ["beta"]
    assert slugs_on(client.get("/databases/?aspi=no")) == []  # nothing is recorded as outside ASPI
    assert slugs_on(client.get("/databases/?aspi=unknown")) == ["alpha", "gamma"]


def test_coverage_filter_drills_down_to_level_and_document_kind(client, known_databases):
    assert slugs_on(client.get("/databases/?jurisdiction=CN")) == ["alpha", "beta"]
    assert slugs_on(client.get("/databases/?jurisdiction=CN&jurisdiction=EP")) == ["beta"]
    # "full text of US grants": alpha has only bibliographic data for US.
    assert slugs_on(client.get("/databases/?jurisdiction=US&level=full_text&document_kind=grants")) == [
        "beta",
        "gamma",
    ]
    assert slugs_on(client.get("/databases/?jurisdiction=CN&level=full_text&document_kind=applications")) == []
    # "full text of CN grants since 1985 or earlier": only alpha records the year.
    assert slugs_on(client.get("/databases/?jurisdiction=CN&level=full_text&document_kind=grants&since=1990")) == [
        "alpha"
    ]
    assert slugs_on(client.get("/databases/?jurisdiction=CN&since=1980")) == []


def test_text_search_and_sorting(client, known_databases):
    assert slugs_on(client.get("/databases/?q=lens")) == ["gamma"]
    assert slugs_on(client.get("/databases/?sort=coverage")) == ["beta", "alpha", "gamma"]


def test_facet_counts_follow_the_results(client, known_databases):
    response = client.get("/databases/?feature=boolean")
    kinds = {value: count for value, _label, count in response.context["facets"]["kind"]}
    assert kinds == {"national_office": 1, "regional_office": 0, "commercial": 1, "free_service": 0}
    jurisdictions = {value: count for value, _label, count in response.context["facets"]["jurisdiction"]}
    assert jurisdictions == {"CN": 2, "US": 2, "EP": 1}


def test_facet_counts_follow_an_edit_on_the_next_request(client, known_databases):
    """Facet counts are kept between requests; a new coverage fact (service, admin or import) retires them."""

    def brazil():
        facet = client.get("/databases/").context["facets"]["jurisdiction"]
        return {value: count for value, _label, count in facet}.get("BR", 0)

    assert brazil() == 0
    CoverageFactory(database=known_databases["alpha"], jurisdiction="BR")
    assert brazil() == 1


@pytest.mark.parametrize(
    "query",
    ["kind=spaceship", "feature=teleport", "jurisdiction=XX", "sort=random", "aspi=maybe", "level=all", "since=year"],
)
def test_invalid_filter_values_explain_themselves_with_400(client, known_databases, query):
    response = client.get(f"/databases/?{query}")
    assert response.status_code == 400
    assert "Some filters have values we do not know" in response.content.decode()


def test_browse_query_count_does_not_grow_with_databases(client, known_databases):
    from databases.tests.factories import make_database

    counter = iter(range(1000))

    def add_rows():
        for _ in range(3):
            n = next(counter)
            make_database(f"extra-{n}", features=["boolean", "api"], coverage=[("JP", "grants", "full_text", None)])

    assert_constant_queries(client, "/databases/?feature=boolean", add_rows)


def test_best_rated_sort_puts_unrated_databases_last(client, known_databases, user, other_user):
    from databases.tests.factories import RatingFactory

    RatingFactory(database=known_databases["gamma"], user=user, stars=5)
    RatingFactory(database=known_databases["beta"], user=user, stars=2)
    RatingFactory(database=known_databases["beta"], user=other_user, stars=4)
    assert slugs_on(client.get("/databases/?sort=rating")) == ["gamma", "beta", "alpha"]


def test_database_count_counts_published_databases_for_the_home_page(known_databases):
    from databases.selectors import database_count

    PatentDatabaseFactory(slug="draft", is_published=False)
    assert database_count() == 3


def test_pagination_links_keep_the_filters(client, known_databases):
    from databases.tests.factories import make_database

    for n in range(30):
        make_database(f"bulk-{n:02d}", features=["boolean"])
    response = client.get("/databases/?feature=boolean")
    html = response.content.decode()
    assert "feature=boolean&amp;page=2" in html
    assert slugs_on(client.get("/databases/?feature=boolean&page=2"))


@pytest.mark.django_db
def test_a_database_summary_reads_in_the_readers_language_or_says_it_is_english_only(client):
    PatentDatabaseFactory(
        slug="espacenet",
        summary="Free worldwide patent search from the EPO.",
        translations={"fr": {"summary": "Recherche gratuite de brevets du monde entier, proposée par l'OEB."}},
    )
    french = client.get("/fr/databases/espacenet/").content.decode()
    assert '<p class="lead">Recherche gratuite de brevets du monde entier, proposée par l&#x27;OEB.</p>' in french
    russian = client.get("/ru/databases/").content.decode()
    assert '<p lang="en">Free worldwide patent search from the EPO.</p><p class="english-only">' in russian
    assert "<p>Free worldwide patent search from the EPO.</p>" in client.get("/databases/").content.decode()


def test_report_page_tables_each_coverage_fact_with_years_state_and_source(client, known_databases):
    alpha = known_databases["alpha"]
    CoverageFactory(
        database=alpha,
        jurisdiction="JP",
        level="legal_status",
        covered=False,
        source_url="https://example.org/jp",
        reviewed_on="2026-12-03",
    )
    body = client.get("/databases/alpha/").content.decode()
    rows = body[body.index('<table class="coverage-table"') : body.index("</table>")].split("<tr>")[2:]
    assert len(rows) == 4  # CN applications, CN grants, JP, US
    china_applications, china_grants, japan, _us = rows
    assert "China (CN)" in china_applications and 'href="/registers/CN/"' in china_applications
    assert "registers/CN" not in china_grants  # the register link is given on a jurisdiction's first row
    assert "Grants" in china_grants and "Full text" in china_grants and 'data-sort="1985">1985\u2013<' in china_grants
    assert "report&#x27;s source" in china_grants
    assert "fact-no" in japan and "not held: Legal status" in japan
    assert '<a href="https://example.org/jp" rel="noopener">source</a>' in japan
    assert '<time datetime="2026-12-03">' in japan


def test_choice_labels_are_those_of_the_readers_language(client, known_databases):
    alpha = known_databases["alpha"]
    with translation.override("fr"):
        assert alpha.get_access_display() == str(alpha.Access(alpha.access).label)
        assert alpha.get_access_display() != "Free, no sign-in"
    alpha.access = "retired-value"
    assert alpha.get_access_display() == "retired-value"
