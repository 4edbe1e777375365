"""Searches that match more documents than a search ranks: bounded work, honest counts."""

import pytest
from django.urls import reverse

from inspire.search import selectors
from inspire.testing import assert_constant_queries

RANKED = 4


@pytest.fixture
def small_bound(monkeypatch):
    monkeypatch.setattr(selectors, "CANDIDATES", RANKED)


@pytest.fixture
def many_matches(make_document, small_bound):
    """Ten forum posts that mention licensing in passing, then the one document about it."""
    for number in range(10):
        make_document("post", f"Question {number}", "Some words about licensing terms.")
    return make_document("report", "Licensing guide", "How to negotiate a licence.")


@pytest.mark.django_db
def test_a_title_match_is_found_among_more_matches_than_are_ranked(many_matches):
    results = selectors.search(query="licensing", user=None)
    assert results.more
    assert selectors.documents_for(results.hits[:1])[0].title == "Licensing guide"


@pytest.mark.django_db
def test_counts_are_exact_below_the_bound_and_lower_bounds_above_it(make_document, small_bound):
    for number in range(RANKED):
        make_document("post", f"Question {number}", "licensing")
    exact = selectors.search(query="licensing", user=None)
    assert (exact.total, exact.more) == (RANKED, False)
    make_document("post", "One more question", "licensing")
    capped = selectors.search(query="licensing", user=None)
    assert capped.more
    assert capped.total > RANKED
    assert all(facet.more for facet in capped.facets)


@pytest.mark.django_db
def test_search_page_says_at_least_when_results_were_cut(client, many_matches):
    page = client.get(reverse("search"), {"q": "licensing"}).content.decode()
    assert "At least" in page
    assert "Add a word to narrow the search" in page
    assert "Licensing guide" in page
    narrowed = client.get(reverse("search"), {"q": "licensing negotiate"}).content.decode()
    assert "At least" not in narrowed
    assert "1 result for" in narrowed


@pytest.mark.django_db
def test_kind_page_pages_through_the_count_shown_beside_it(client, many_matches):
    response = client.get(reverse("search"), {"q": "licensing", "kind": "post"})
    page = response.context["page_obj"]
    posts = next(facet for facet in response.context["facets"] if facet.kind == "post")
    assert (posts.count, posts.more) == (page.paginator.count, True)
    assert [document.kind for document in page.object_list] == ["post"] * posts.count


@pytest.mark.django_db
def test_api_says_when_more_documents_match_than_were_ranked(api_client, many_matches):
    capped = api_client.get("/api/v1/search/", {"q": "licensing"}).json()
    assert capped["more"] is True
    assert capped["count"] > RANKED
    assert capped["results"][0]["title"] == "Licensing guide"
    narrowed = api_client.get("/api/v1/search/", {"q": "negotiate"}).json()
    assert (narrowed["more"], narrowed["count"]) == (False, 1)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/search/?q=licensing",
        "/search/?q=licensing&kind=post",
        "/api/v1/search/?q=licensing",
        # No document has both words: the fallback to any word costs the same however many match.
        "/search/?q=licensing+zanzibar",
        "/api/v1/search/?q=licensing+zanzibar",
        "/search/?q=pct+licensing",
    ],
)
def test_search_queries_do_not_grow_with_matches(client, make_document, url):
    added = iter(range(1000))

    def add_rows():
        for _ in range(3):
            number = next(added)
            make_document(["post", "report", "policy"][number % 3], f"Licensing note {number}", "licensing")

    assert_constant_queries(client, url, add_rows)


@pytest.mark.django_db
def test_when_titles_alone_fill_the_ranking_they_are_what_is_shown(make_document, small_bound):
    make_document("report", "About something else", "A passing word on licensing.")
    for number in range(RANKED + 1):
        make_document("guide", f"Licensing guide {number}", "How to negotiate a licence.")
    results = selectors.search(query="licensing", user=None)
    assert results.more
    assert {hit.kind for hit in results.hits} == {"guide"}
