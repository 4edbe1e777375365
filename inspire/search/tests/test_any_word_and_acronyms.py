"""Issue 25: a search that finds nothing with every word falls back to any word; acronyms match
their expansions and rank titles that hold them first; snippets do not repeat the title."""

import pytest
from django.urls import reverse

from inspire.search import selectors
from inspire.search.acronyms import ACRONYMS, expansion
from inspire.search.tests.conftest import documents_matching
from inspire.search.text import snippet


def titles(documents) -> list[str]:
    return [document.title for document in documents]


@pytest.fixture
def jurisdictions(make_document):
    """Kenya's file says nothing of legal status; many other pages do."""
    make_document("jurisdiction", "Kenya (KE)", "Kenya Industrial Property Institute (KIPI) patent register")
    make_document("database", "INPADOC", "Legal status of patent families worldwide. Legal status events.")
    make_document("jurisdiction", "France (FR)", "INPI register: legal status of French patents")
    make_document("report", "Status of women in innovation", "Legal aspects and status quo")
    make_document("database", "Unrelated", "Nothing to see")


@pytest.mark.django_db
def test_when_no_document_has_every_word_those_with_any_word_are_ranked(jurisdictions):
    results = selectors.search(query="legal status Kenya", user=None)
    assert results.matched == selectors.MATCHED_ANY
    found = titles(selectors.documents_for(results.hits))
    assert found[0] == "Kenya (KE)"
    assert "Unrelated" not in found
    assert set(found) == {"Kenya (KE)", "INPADOC", "France (FR)", "Status of women in innovation"}


@pytest.mark.django_db
def test_documents_with_more_of_the_words_come_first_in_the_fallback(make_document):
    make_document("report", "Vaccine basics", "")
    make_document("report", "Storage", "vaccine cold chain logistics")
    make_document("report", "Logistics", "shipping")
    found = titles(documents_matching(query="vaccine cold zanzibar", user=None))
    assert found == ["Storage", "Vaccine basics"]


@pytest.mark.django_db
def test_every_word_matching_means_no_fallback(jurisdictions):
    results = selectors.search(query="legal status", user=None)
    assert results.matched == selectors.MATCHED_ALL
    assert "Kenya (KE)" not in titles(selectors.documents_for(results.hits))


@pytest.mark.django_db
def test_a_single_word_that_matches_nothing_finds_nothing(jurisdictions):
    results = selectors.search(query="zanzibar", user=None)
    assert (results.total, results.matched) == (0, selectors.MATCHED_ALL)


@pytest.mark.django_db
def test_search_page_says_when_it_shows_results_with_any_word(client, jurisdictions):
    fallback = client.get(reverse("search"), {"q": "legal status Kenya"}).content.decode()
    assert "No result has every word; showing results with any of them." in fallback
    assert "Kenya (KE)" in fallback
    every = client.get(reverse("search"), {"q": "legal status"}).content.decode()
    assert "No result has every word" not in every


@pytest.mark.django_db
def test_api_says_whether_results_have_all_or_any_of_the_words(api_client, jurisdictions):
    fallback = api_client.get("/api/v1/search/", {"q": "legal status Kenya"}).json()
    assert fallback["matched"] == "any"
    assert fallback["results"][0]["title"] == "Kenya (KE)"
    every = api_client.get("/api/v1/search/", {"q": "legal status"}).json()
    assert every["matched"] == "all"
    nothing = api_client.get("/api/v1/search/", {"q": "zanzibar"}).json()
    assert (nothing["matched"], nothing["count"]) == ("all", 0)


@pytest.mark.django_db
def test_api_schema_documents_matched(api_client):
    schema = api_client.get("/api/schema/", {"format": "json"}).json()
    page = next(
        value for name, value in schema["components"]["schemas"].items() if "matched" in value.get("properties", {})
    )
    matched = page["properties"]["matched"]
    # drf-spectacular moves enums into components of their own.
    ref = matched.get("allOf", [matched])[0].get("$ref", "")
    enum = schema["components"]["schemas"][ref.rsplit("/", 1)[-1]]["enum"] if ref else matched["enum"]
    assert enum == ["all", "any"]
    assert "any of the words" in matched["description"]
    assert "matched" in page["required"]


@pytest.mark.django_db
def test_suggestions_do_not_fall_back_to_any_word(jurisdictions):
    assert selectors.suggestions(query="legal status Kenya", user=None) == []


@pytest.fixture
def pct_documents(make_document):
    make_document("database", "FreePatentsOnline", "US patents, and PCT applications too. PCT PCT PCT.")
    make_document("report", "Patent landscape of PCT filings", "Filings under the treaty")
    make_document(
        "report", "Patent Cooperation Treaty yearly review", "WIPO statistics of Patent Cooperation Treaty filings"
    )
    make_document("database", "Espacenet", "European patents")


@pytest.mark.django_db
def test_acronym_ranks_titles_holding_it_or_its_expansion_first(pct_documents):
    found = titles(documents_matching(query="PCT", user=None))
    assert set(found[:2]) == {"Patent landscape of PCT filings", "Patent Cooperation Treaty yearly review"}
    assert found[2:] == ["FreePatentsOnline"]


@pytest.mark.django_db
def test_acronym_in_a_longer_query_matches_its_expansion(pct_documents):
    assert titles(documents_matching(query="pct wipo", user=None)) == ["Patent Cooperation Treaty yearly review"]


@pytest.mark.django_db
def test_expansion_words_are_highlighted(client, pct_documents):
    page = client.get(reverse("search"), {"q": "pct", "kind": "report"}).content.decode()
    assert "<mark>Patent</mark> <mark>Cooperation</mark> <mark>Treaty</mark>" in page


@pytest.mark.django_db
def test_suggestions_put_acronym_titles_first(pct_documents):
    assert titles(selectors.suggestions(query="pct", user=None))[0] in {
        "Patent landscape of PCT filings",
        "Patent Cooperation Treaty yearly review",
    }


def test_every_listed_acronym_has_an_expansion_of_several_words():
    for acronym in ACRONYMS:
        words = expansion(acronym.lower())
        assert words and len(words) >= 2, acronym
    assert expansion("patent") is None


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        ("Espacenet", "Espacenet. Free access to patents.", "Free access to patents."),
        ("Espacenet", "espacenet \u2013 free access", "free access"),
        ("Espacenet", "Espacenet's coverage", "Espacenet&#x27;s coverage"),
        ("Espace", "Espacenet holds patents", "Espacenet holds patents"),
        ("Espacenet", "", ""),
        ("Espacenet", "Espacenet", ""),
    ],
    ids=["repeat", "folded-dash", "possessive", "prefix-only", "no-body", "only-title"],
)
def test_snippet_does_not_repeat_the_title(title, body, expected):
    assert snippet(title, body, []) == expected


@pytest.mark.django_db
def test_search_page_does_not_show_a_title_twice(client, make_document):
    make_document("database", "Lens", "")
    make_document("database", "PATENTSCOPE", "PATENTSCOPE: search PCT applications.")
    page = client.get(reverse("search"), {"q": "lens"}).content.decode()
    assert page.count(">Lens<") == 1
    assert "<p>Lens</p>" not in page
    patentscope = client.get(reverse("search"), {"q": "patentscope"}).content.decode()
    assert "<p>search PCT applications.</p>" in patentscope
