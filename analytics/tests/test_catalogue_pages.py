import pytest
from django.urls import reverse

from analytics.tests.factories import LanguageFactory, PublisherFactory, ReportFactory, TechnologyFieldFactory
from inspire.testing import assert_constant_queries

INDEX = reverse("analytics:index")


def titles(response) -> list[str]:
    return [report.title for report in response.context["reports"]]


def facet(response, param: str) -> dict[str, int]:
    found = next(f for f in response.context["facets"] if f.param == param)
    return {value: count for value, _label, count in found.options}


def test_catalogue_lists_published_reports_newest_first(client, catalogue):
    ReportFactory(title="Hidden draft", is_published=False)
    response = client.get(INDEX)
    assert response.status_code == 200
    assert titles(response) == [
        "Vaccines landscape update",
        "Vaccines landscape",
        "Technology trends: AI",
        "Smart objects in Europe",
    ]


def test_filtering_by_a_broad_field_includes_its_narrower_fields(client, catalogue):
    response = client.get(INDEX, {"field": "health"})
    assert sorted(titles(response)) == ["Vaccines landscape", "Vaccines landscape update"]


def test_filters_combine_series_publisher_language_region_and_years(client, catalogue):
    assert titles(client.get(INDEX, {"series": "witt"})) == ["Technology trends: AI"]
    assert titles(client.get(INDEX, {"publisher": "epo"})) == ["Smart objects in Europe"]
    assert titles(client.get(INDEX, {"language": "fr"})) == ["Vaccines landscape"]
    assert titles(client.get(INDEX, {"region": "europe"})) == ["Smart objects in Europe"]
    assert titles(client.get(INDEX, {"year_min": 2020, "year_max": 2022})) == ["Vaccines landscape"]
    assert titles(client.get(INDEX, {"field": "ai", "publisher": "wipo"})) == ["Technology trends: AI"]


def test_repeating_a_facet_matches_any_of_its_values(client, catalogue):
    response = client.get(INDEX + "?publisher=epo&series=witt&series=plr")
    assert titles(response) == ["Smart objects in Europe"]
    response = client.get(INDEX + "?series=witt&series=plr")
    assert len(titles(response)) == 4


def test_facet_counts_ignore_their_own_selection_but_follow_the_others(client, catalogue):
    response = client.get(INDEX, {"series": "witt", "publisher": "wipo"})
    # Series counts keep the publisher filter but not the series one, so "plr" still shows its 2 WIPO reports.
    assert facet(response, "series") == {"plr": 2, "witt": 1}
    assert facet(response, "publisher") == {"wipo": 1}
    assert facet(response, "field") == {"ai": 1}


def test_sorting_by_downloads_puts_the_most_downloaded_first(client, catalogue):
    response = client.get(INDEX, {"sort": "downloads"})
    assert titles(response)[:2] == ["Technology trends: AI", "Vaccines landscape"]
    assert titles(client.get(INDEX, {"sort": "title"}))[0] == "Smart objects in Europe"


def test_search_finds_reports_by_words_in_title_or_summary(client, catalogue):
    assert titles(client.get(INDEX, {"q": "smart objects"})) == ["Smart objects in Europe"]


@pytest.mark.parametrize(
    "params",
    [
        {"series": "magazine"},
        {"publisher": "no-such-office"},
        {"field": "no-such-field"},
        {"year_min": "last year"},
        {"year_min": 2023, "year_max": 2019},
        {"sort": "random"},
    ],
)
def test_bad_filter_values_show_an_error_instead_of_results(client, catalogue, params):
    response = client.get(INDEX, params)
    assert response.status_code == 400
    assert response.context["reports"] == [] or not list(response.context["reports"])
    assert "Some filters have values we cannot use" in response.content.decode()


def test_filter_errors_name_the_filter_in_words(client, catalogue):
    response = client.get(INDEX, {"year_min": 2023, "year_max": 2019})
    assert "To year: Must not be before the first year." in response.content.decode()


def test_catalogue_query_count_does_not_grow_with_reports(client, db):
    field = TechnologyFieldFactory()
    english = LanguageFactory()

    def add_rows():
        publisher = PublisherFactory()
        for _ in range(3):
            ReportFactory(publisher=publisher, fields=[field, TechnologyFieldFactory()], languages=[english])

    assert_constant_queries(client, INDEX + f"?field={field.slug}&sort=downloads", add_rows)


def test_publisher_pages_list_publishers_and_their_reports(client, catalogue):
    response = client.get(reverse("analytics:publisher_list"))
    assert response.status_code == 200
    counts = {publisher.slug: publisher.report_count for publisher in response.context["publishers"]}
    assert counts == {"epo": 1, "wipo": 3}
    response = client.get(reverse("analytics:publisher_detail", args=["epo"]))
    assert titles(response) == ["Smart objects in Europe"]
    assert client.get(reverse("analytics:publisher_detail", args=["nobody"])).status_code == 404


def test_publisher_pages_query_count_does_not_grow(client, db):
    publisher = PublisherFactory(slug="steady")

    def add_rows():
        PublisherFactory()
        ReportFactory(publisher=publisher, fields=[TechnologyFieldFactory()])

    assert_constant_queries(client, reverse("analytics:publisher_list"), add_rows)
    assert_constant_queries(client, reverse("analytics:publisher_detail", args=["steady"]), add_rows)


def test_field_facet_nests_narrower_fields_under_their_broad_area(client, catalogue):
    response = client.get(INDEX, {"field": "health"})
    tree = next(f for f in response.context["facets"] if f.param == "field").tree
    assert [(node.value, node.count) for node in tree] == [("ai", 2), ("health", 2)]
    health = tree[1]
    assert [(node.value, node.count) for node in health.children] == [("vaccines", 2)]
    assert 'value="health" checked' in response.content.decode()


def test_page_links_keep_the_active_filters(client, db):
    field = TechnologyFieldFactory(slug="batteries")
    for _ in range(13):
        ReportFactory(fields=[field])
    response = client.get(INDEX, {"field": "batteries"})
    assert "?field=batteries&amp;page=2" in response.content.decode()
    assert len(client.get(INDEX, {"field": "batteries", "page": 2}).context["reports"]) == 1


@pytest.mark.django_db
def test_the_catalogue_draws_the_matching_reports_by_year_with_the_numbers_in_a_table(client):
    from analytics.tests.factories import ReportFactory

    ReportFactory(publication_year=2019)
    ReportFactory(publication_year=2022)
    ReportFactory(publication_year=2022)
    page = client.get("/analytics/").content.decode()
    assert "The catalogue in figures" in page
    assert 'data-chart="chart-data-reports-by-year"' in page
    assert '<th scope="row">2022</th><td class="num">2</td>' in page
    filtered = client.get("/analytics/?year_min=2020").content.decode()
    assert "These reports in figures" in filtered
    assert '<th scope="row">2019</th>' not in filtered


def test_facet_counts_follow_an_edit_on_the_next_request(client, db):
    """Facet counts are kept between requests; saving a report (service, admin or import) retires them."""
    publisher = PublisherFactory(slug="steady")
    ReportFactory(publisher=publisher)
    assert facet(client.get(INDEX), "publisher")["steady"] == 1
    ReportFactory(publisher=publisher)
    assert facet(client.get(INDEX), "publisher")["steady"] == 2
