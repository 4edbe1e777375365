import pytest
from django.urls import reverse

from inspire.testing import assert_constant_queries
from learning.models import Format, Kind
from learning.tests.factories import EditionFactory, LearningResourceFactory, TopicFactory

pytestmark = pytest.mark.django_db
INDEX = reverse("learning:index")
API = reverse("api:learning-api:resource-list")


def titles(response) -> list[str]:
    return [resource.title for resource in response.context["resources"]]


def test_the_catalogue_filters_by_kind_format_level_language_topic_and_provider(client):
    searching = TopicFactory(slug="patent-searching", name="Patent searching")
    LearningResourceFactory(title="Self-paced search", format=Format.SELF_PACED, topics=[searching], languages=["en"])
    LearningResourceFactory(title="On-site meeting", kind=Kind.MEETING, format=Format.ON_SITE, languages=["fr", "es"])
    LearningResourceFactory(title="Advanced guide", kind=Kind.GUIDE, level="advanced", provider__slug="wipo")
    LearningResourceFactory(title="Hidden draft", is_published=False)
    assert titles(client.get(INDEX)) == ["Advanced guide", "On-site meeting", "Self-paced search"]
    assert titles(client.get(INDEX, {"kind": "meeting"})) == ["On-site meeting"]
    assert titles(client.get(INDEX, {"delivery": "self_paced"})) == ["Self-paced search"]
    assert titles(client.get(INDEX, {"level": "advanced"})) == ["Advanced guide"]
    assert titles(client.get(INDEX, {"language": "es"})) == ["On-site meeting"]
    assert titles(client.get(INDEX + "?language=es&language=en")) == ["On-site meeting", "Self-paced search"]
    assert titles(client.get(INDEX, {"topic": "patent-searching"})) == ["Self-paced search"]
    assert titles(client.get(INDEX, {"provider": "wipo"})) == ["Advanced guide"]
    assert titles(client.get(INDEX, {"q": "patent searching"})) == ["Self-paced search"]


@pytest.mark.parametrize("query", [{"kind": "webinar"}, {"language": "xx"}, {"topic": "nope"}, {"delivery": "vr"}])
def test_a_bad_filter_value_is_a_form_error(client, api_client, query):
    response = client.get(INDEX, query)
    assert response.status_code == 400 and response.context["errors"]
    api = api_client.get(API, query)
    assert api.status_code == 400 and api.json()["code"] == "invalid"


def test_unrecorded_facts_read_not_recorded_on_the_page(client):
    resource = LearningResourceFactory(format="", level="", duration="", languages=[])
    page = client.get(resource.get_absolute_url()).content.decode()
    assert page.count("Not recorded") >= 4
    assert "The hub has read no page of the provider about this entry" in page


def test_a_publication_shows_its_language_editions(client):
    edition = EditionFactory(language="fr", title="Guide en français", url="https://example.org/fr")
    EditionFactory(resource=edition.resource, language="en", title="The guide")
    page = client.get(edition.resource.get_absolute_url()).content.decode()
    assert "Language editions" in page
    assert '<a href="https://example.org/fr" lang="fr" rel="noopener">Guide en français</a>' in page
    assert "English" in page


def test_a_course_on_patent_searching_links_to_the_finder_and_the_register_portal(client, loaded):
    page = client.get(reverse("learning:resource", kwargs={"slug": "patent-information-search-dl318"})).content.decode()
    assert 'href="/databases/finder/"' in page and 'href="/registers/"' in page
    assert 'href="http://www.wipo.int/academy/en/courses/distance_learning/dl318.html"' in page


def test_a_publication_on_landscape_reports_links_to_the_analytics_catalogue(client, loaded):
    slug = "guidelines-preparing-patent-landscape-reports"
    page = client.get(reverse("learning:resource", kwargs={"slug": slug})).content.decode()
    assert 'href="/analytics/"' in page
    assert "http://www.sids2014.org/partnership/?progress&amp;id=366" in page


def test_markdown_in_summaries_is_sanitised(client):
    resource = LearningResourceFactory(summary="Hello <script>alert(1)</script> [x](javascript:alert(2))")
    page = client.get(resource.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in page and "javascript:alert" not in page


def test_the_catalogue_and_its_api_keep_a_constant_query_count(client, api_client):
    def add_rows():
        topic = TopicFactory()
        LearningResourceFactory(topics=[topic])
        EditionFactory()

    assert_constant_queries(client, INDEX, add_rows)
    assert_constant_queries(api_client, API, add_rows)


def test_the_api_detail_gives_editions_hub_pages_and_source(api_client, loaded):
    url = reverse("api:learning-api:resource-detail", kwargs={"slug": "manual-open-source-patent-analytics"})
    body = api_client.get(url).json()
    assert body["editions"][0]["language"] == "en"
    assert body["hub_pages"][0]["url"].endswith("/analytics/")
    assert body["source"]["url"] == "https://wipo-analytics.github.io/manual/preface.html"
    assert body["format"] == ""


def test_titles_read_in_the_readers_language_where_the_provider_publishes_an_edition_in_it(client):
    guide = LearningResourceFactory(slug="guide", title="Guide to using patent information", kind=Kind.GUIDE)
    EditionFactory(resource=guide, language="fr", title="Guide pour utiliser les brevets")
    EditionFactory(resource=guide, language="zh", title="专利信息使用指南")
    french = client.get("/fr/learning/").content.decode()
    assert ">Guide pour utiliser les brevets</a>" in french
    assert "专利信息使用指南" in client.get("/zh-hans/learning/guide/").content.decode()
    # No Russian edition: the English title, marked as English, and said to be so on its page.
    russian = client.get("/ru/learning/guide/").content.decode()
    assert '<h1 lang="en">Guide to using patent information</h1>' in russian
    assert 'class="english-only"' in russian
    english = client.get("/learning/guide/").content.decode()
    assert "<h1>Guide to using patent information</h1>" in english and 'class="english-only"' not in english
