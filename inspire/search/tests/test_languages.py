"""Search in the reader's language: stemming per language, Chinese found mid-word, the reader's
language first, one result per object, and links to the page in the reader's language."""

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import translation

from databases.tests.factories import PatentDatabaseFactory
from inspire.search.selectors import search, suggestions
from inspire.search.services import index_rebuild
from inspire.search.tests.conftest import documents_matching

stemmed_only_on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the SQLite fallback matches words as typed"
)


def titles(documents) -> list[str]:
    return [document.title for document in documents]


@stemmed_only_on_postgresql
@pytest.mark.django_db
@pytest.mark.parametrize(
    "language, title, query",
    [
        ("fr", "Les brevets délivrés en Afrique", "brevet délivré"),
        ("fr", "Les brevets délivrés en Afrique", "delivres"),
        ("es", "Patentes concedidas y solicitudes", "patente solicitud"),
        ("ru", "Реестр выданных патентов", "патент реестра"),
    ],
)
def test_a_query_finds_other_forms_of_its_words_in_the_readers_language(make_document, language, title, query):
    make_document("jurisdiction", title, language=language)
    with translation.override(language):
        assert titles(documents_matching(query=query, user=None)) == [title]


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["数据库", "专利数据", "检索"])
def test_chinese_words_are_found_inside_longer_runs_of_characters(make_document, query):
    make_document("database", "CNIPA", "中国专利数据库检索系统", language="zh-hans")
    with translation.override("zh-hans"):
        assert titles(documents_matching(query=query, user=None)) == ["CNIPA"]
        assert documents_matching(query="数据表", user=None) == []


@pytest.mark.django_db
def test_the_readers_language_comes_first_and_each_object_once(make_document):
    make_document("database", "Espacenet", "Base de données de brevets de l'OEB", language="fr", object_id="1")
    make_document("database", "Espacenet", "Patent database of the EPO, brevets included", object_id="1")
    make_document("policy", "Brevets et inventions", "An English page quoting brevets", object_id="2")
    with translation.override("fr"):
        found = documents_matching(query="brevets", user=None)
        assert [(d.title, d.language) for d in found] == [("Espacenet", "fr"), ("Brevets et inventions", "en")]
    found = documents_matching(query="brevets", user=None)
    assert [(d.title, d.language) for d in found] == [("Brevets et inventions", "en"), ("Espacenet", "en")]


@pytest.mark.django_db
def test_results_and_suggestions_link_to_the_page_in_the_readers_language():
    database = PatentDatabaseFactory(
        name="Espacenet", summary="Worldwide patents.", translations={"fr": {"summary": "Brevets du monde entier."}}
    )
    index_rebuild()
    english_url = database.get_absolute_url()
    with translation.override("fr"):
        french_url = database.get_absolute_url()
        hits = search(query="monde", user=None).hits
        assert len(hits) == 1
        assert [d.url for d in documents_matching(query="monde", user=None)] == [french_url]
        assert [d.url for d in suggestions(query="Espace", user=None)] == [french_url]
    assert french_url.startswith("/fr/") and not english_url.startswith("/fr/")
    assert [d.url for d in suggestions(query="Espace", user=None)] == [english_url]


def _lens():
    PatentDatabaseFactory(
        name="Lens", slug="lens", summary="Open patent search.", translations={"es": {"summary": "Búsqueda abierta."}}
    )
    index_rebuild()


def _search_page(client, language: str, query: str) -> str:
    with translation.override(language):
        url = reverse("search")
    return client.get(url, {"q": query}).content.decode()


@pytest.mark.django_db
def test_the_search_page_marks_results_in_another_language(client):
    _lens()
    # No French text of its own: the English result, marked as English for screen readers.
    assert '<li lang="en"><a href="/fr/databases/lens/">Lens</a>' in _search_page(client, "fr", "Lens")
    page = _search_page(client, "es", "abierta")
    assert '<li><a href="/es/databases/lens/">Lens</a><p>' in page and "<mark>abierta</mark>" in page


@pytest.mark.django_db
def test_the_api_follows_accept_language(client):
    _lens()
    body = client.get("/api/v1/search/", {"q": "Lens"}, HTTP_ACCEPT_LANGUAGE="es").json()
    assert [(r["language"], r["url"].endswith("/es/databases/lens/")) for r in body["results"]] == [("es", True)]
    body = client.get("/api/v1/search/", {"q": "Lens"}).json()
    assert [r["language"] for r in body["results"]] == ["en"]
