import pytest
from django.urls import reverse

from conftest import make_user
from inspire.search.selectors import suggestions
from inspire.search.tests.conftest import MEMBERS_ONLY_GROUP, documents_matching


def titles(queryset) -> list[str]:
    return [d.title for d in queryset]


@pytest.mark.django_db
def test_title_matches_rank_above_body_matches(make_document):
    make_document("report", "Vaccine manufacturing overview", "Covers many technologies.")
    make_document("report", "Battery recycling", "Mentions vaccine cold chains once.")
    assert titles(documents_matching(query="vaccine", user=None)) == [
        "Vaccine manufacturing overview",
        "Battery recycling",
    ]


@pytest.mark.django_db
def test_accents_do_not_matter(make_document):
    make_document("policy", "Politique de propriété intellectuelle")
    assert titles(documents_matching(query="propriete", user=None)) == ["Politique de propriété intellectuelle"]
    make_document("policy", "Intellectual property policy of Universite Laval")
    assert "Intellectual property policy of Universite Laval" in titles(
        documents_matching(query="Université", user=None)
    )


@pytest.mark.django_db
def test_last_word_matches_as_prefix(make_document):
    make_document("database", "Espacenet", "Worldwide patent documents from the European Patent Office.")
    assert titles(documents_matching(query="europ pat", user=None)) == ["Espacenet"]


@pytest.mark.django_db
def test_short_words_match_whole_words_only(make_document):
    make_document("policy", "IP policy of a university")
    make_document("database", "IPC classification browser")
    assert titles(documents_matching(query="ip", user=None)) == ["IP policy of a university"]
    assert titles(documents_matching(query="ipc", user=None)) == ["IPC classification browser"]


@pytest.mark.django_db
def test_all_words_must_match(make_document):
    make_document("database", "Espacenet", "European patents")
    make_document("database", "J-PlatPat", "Japanese patents")
    assert titles(documents_matching(query="japanese patents", user=None)) == ["J-PlatPat"]


@pytest.mark.django_db
def test_members_only_documents_are_found_by_members_alone(make_document):
    make_document("topic", "Public licensing question")
    make_document("topic", "Private licensing draft", restricted_to_group=MEMBERS_ONLY_GROUP)
    member, outsider = make_user("member"), make_user("outsider")
    assert titles(documents_matching(query="licensing", user=None)) == ["Public licensing question"]
    assert titles(documents_matching(query="licensing", user=outsider)) == ["Public licensing question"]
    assert sorted(titles(documents_matching(query="licensing", user=member))) == [
        "Private licensing draft",
        "Public licensing question",
    ]


@pytest.mark.django_db
def test_suggestions_prefer_title_matches(make_document):
    make_document("report", "Graphite and its applications")
    make_document("report", "Battery materials", "graphite anodes")
    assert [d.title for d in suggestions(query="graph", user=None)] == [
        "Graphite and its applications",
        "Battery materials",
    ]


@pytest.mark.django_db
def test_search_page_highlights_matches(client, make_document):
    make_document("database", "PATENTSCOPE", "Search PCT applications and national collections.")
    response = client.get(reverse("search"), {"q": "pct", "kind": ""})
    assert response.status_code == 200
    assert "<mark>PCT</mark>" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    ["", "   ", "x" * 10_000, "a & | ! ( ) : * <-> '\" \\", "'; DROP TABLE search_searchdocument; --", "%_%", "\x00"],
    ids=["empty", "blank", "10k", "tsquery-operators", "sql", "like-wildcards", "nul"],
)
def test_hostile_queries_never_fail(client, api_client, make_document, query):
    make_document("database", "Espacenet", "European patents")
    # A NUL byte is refused with a 400 before any view reads it; anything else is searched.
    assert client.get(reverse("search"), {"q": query}).status_code in {200, 400}
    assert client.get(reverse("search-suggest"), {"q": query}).status_code == (400 if "\x00" in query else 200)
    api = api_client.get("/api/v1/search/", {"q": query})
    assert api.status_code in {200, 400}
    if api.status_code == 400:
        assert api.json()["errors"]["q"]


@pytest.mark.django_db
def test_long_query_is_cut_with_a_notice(client, make_document):
    response = client.get(reverse("search"), {"q": "espacenet " + "x" * 500})
    assert b"first 200 characters" in response.content


@pytest.mark.django_db
def test_api_requires_a_query_and_a_known_kind(api_client):
    missing = api_client.get("/api/v1/search/")
    assert missing.status_code == 400
    assert "q" in missing.json()["errors"]
    bad_kind = api_client.get("/api/v1/search/", {"q": "patent", "kind": "spaceship"})
    assert bad_kind.status_code == 400
    assert "kind" in bad_kind.json()["errors"]


@pytest.mark.django_db
def test_api_returns_ranked_results_with_snippets(api_client, make_document):
    make_document("database", "Espacenet", "European patents")
    body = api_client.get("/api/v1/search/", {"q": "europ"}).json()
    assert body["count"] == 1
    result = body["results"][0]
    assert result["title"] == "Espacenet"
    assert result["url"].endswith("/database/espacenet/")
    assert "<mark>European</mark>" in result["snippet"]


@pytest.mark.django_db
def test_suggest_endpoint_answers_json(client, make_document):
    make_document("database", "Espacenet", "European patents")
    body = client.get(reverse("search-suggest"), {"q": "espa"}).json()
    assert body["suggestions"][0]["title"] == "Espacenet"
    assert body["suggestions"][0]["url"] == "/database/espacenet/"


@pytest.mark.django_db
def test_exact_title_comes_first_and_its_kind_leads(make_document):
    from inspire.search.selectors import grouped_results, search

    make_document("jurisdiction", "European Patent Office", "Espacenet " * 5)
    make_document("database", "LATIPAT-Espacenet", "Espacenet for Latin America")
    make_document("database", "Espacenet", "The EPO's free search service")
    assert titles(documents_matching(query="espacenet", user=None))[0] == "Espacenet"
    groups = grouped_results(search(query="Espacenet", user=None), per_group=5)
    assert groups[0][0].kind == "database"
    assert groups[0][1][0].title == "Espacenet"
