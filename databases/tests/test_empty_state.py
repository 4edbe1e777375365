"""The browse page's empty state names the filters whose removal would bring databases back."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from databases.tests.factories import make_database
from inspire.testing import assert_constant_queries

pytestmark = pytest.mark.django_db

EMPTY = "/databases/?jurisdiction=US&level=full_text&access=free&sort=rating"


def suggestions(response) -> list[tuple[str, str]]:
    return response.context["suggestions"]


def test_empty_page_lists_each_filter_to_drop_with_its_count_best_first(client, known_databases):
    response = client.get(EMPTY)
    assert response.status_code == 200
    assert response.context["total"] == 0
    texts = [text for _url, text in suggestions(response)]
    assert texts[0] == "Without “Free, no sign-in”: 2 databases"
    assert sorted(texts[1:]) == ["Without “Full text”: 1 database", "Without “United States of America”: 1 database"]
    html = response.content.decode()
    assert "Without one filter, keeping the others:" in html
    assert "Remove a filter or two to see more." not in html


def test_each_suggestion_drops_one_filter_and_keeps_the_others(client, known_databases):
    urls = {text: url for url, text in suggestions(client.get(EMPTY))}
    url = urls["Without “Free, no sign-in”: 2 databases"]
    assert "access" not in url
    assert "jurisdiction=US" in url and "level=full_text" in url and "sort=rating" in url
    followed = client.get(f"/databases/{url}")
    assert followed.context["total"] == 2
    assert f'href="{url.replace("&", "&amp;")}"' in client.get(EMPTY).content.decode()


def test_filters_whose_removal_still_gives_nothing_are_left_out(client, known_databases):
    # EP is only in beta (subscription): dropping "full text" alone still leaves nothing.
    response = client.get("/databases/?jurisdiction=EP&access=free&level=full_text")
    texts = [text for _url, text in suggestions(response)]
    assert texts == ["Without “European Patent Office (EPO)”: 1 database", "Without “Free, no sign-in”: 1 database"]
    assert not any("Full text" in text for text in texts)


def test_one_value_of_a_repeated_filter_is_dropped_on_its_own(client, known_databases):
    response = client.get("/databases/?jurisdiction=CN&jurisdiction=EP&access=free")
    by_text = {text: url for url, text in suggestions(response)}
    assert "Without “Free, no sign-in”: 1 database" in by_text
    without_ep = next(url for text, url in by_text.items() if "CN" not in url or "EP" not in url)
    assert "jurisdiction=CN" in without_ep and "jurisdiction=EP" not in without_ep


def test_pages_with_results_or_bad_input_offer_no_suggestions(client, known_databases):
    assert suggestions(client.get("/databases/?access=free")) == []
    response = client.get("/databases/?access=free&jurisdiction=XX")
    assert response.status_code == 400
    assert suggestions(response) == []


def test_text_search_and_fact_filters_are_named_too(client, known_databases):
    texts = [text for _url, text in suggestions(client.get("/databases/?q=lens&aspi=yes"))]
    assert sorted(texts) == ["Without “Part of ASPI: Yes”: 1 database", "Without “Search: lens”: 1 database"]


def _queries(client, url: str) -> int:
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_one_count_query_per_active_filter_value(client, known_databases):
    two = _queries(client, "/databases/?jurisdiction=EP&access=free")
    three = _queries(client, "/databases/?jurisdiction=EP&access=free&kind=national_office")
    four = _queries(client, "/databases/?jurisdiction=EP&access=free&kind=national_office&feature=npl")
    assert three == two + 1
    assert four == three + 1


def test_empty_state_query_count_does_not_grow_with_databases(client, known_databases):
    counter = iter(range(1000))

    def add_rows():
        for _ in range(3):
            n = next(counter)
            make_database(
                f"extra-{n}",
                access="subscription",
                features=["boolean"],
                coverage=[("US", "grants", "full_text", None)],
            )

    assert_constant_queries(client, EMPTY, add_rows)


def test_an_aliased_value_is_named_by_its_label(client, known_databases):
    response = client.get("/databases/?jurisdiction=US&level=fulltext&access=free")
    by_text = {text: url for url, text in suggestions(response)}
    assert by_text["Without “Full text”: 1 database"] == "?jurisdiction=US&access=free"
    assert "level=fulltext" in by_text["Without “Free, no sign-in”: 2 databases"]


def test_when_no_single_filter_helps_the_general_hint_shows(client, known_databases):
    response = client.get("/databases/?jurisdiction=EP&jurisdiction=KE&access=free")
    assert response.status_code == 200
    assert suggestions(response) == []
    assert "Remove a filter or two to see more." in response.content.decode()
