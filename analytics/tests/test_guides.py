"""Methodology guides beside the catalogue: content files, page, API and search."""

import shutil

import pytest
from django.urls import reverse

from analytics import content
from analytics.models import Guide
from analytics.tests.factories import GuideFactory, LanguageFactory
from inspire.content.errors import ContentInvalid
from inspire.content.seeding import Seeder
from inspire.testing import assert_constant_queries

PAGE = reverse("analytics:guides")
API = "/api/v1/analytics/guides/"


def test_the_researched_guides_load_with_their_sources(db):
    content.load(Seeder())
    assert Guide.objects.count() == 6
    manual = Guide.objects.get(slug="wipo-manual-open-source-patent-analytics")
    assert manual.source_url == "https://wipo-analytics.github.io/manual/preface.html"
    assert manual.year == 2022
    oecd = Guide.objects.get(slug="oecd-patent-statistics-manual")
    assert sorted(oecd.languages.values_list("code", flat=True)) == ["en", "es", "fr", "zh"]
    assert Guide.objects.get(slug="ukipo-patent-guide").year is None


def test_a_guide_in_an_unknown_language_is_reported_with_its_line(db, tmp_path):
    shutil.copy(content.ROOT / "languages.csv", tmp_path / "languages.csv")
    (tmp_path / "guides").mkdir()
    (tmp_path / "guides" / "a-guide.yaml").write_text(
        "title: A guide\npublisher: Someone\nurl: https://example.org/\nlanguages:\n- xx\n"
        "source: https://example.org/\nreviewed_on: 2026-12-02\n"
    )
    with pytest.raises(ContentInvalid) as invalid:
        content.read(tmp_path)
    assert [str(error) for error in invalid.value.errors] == [
        f"{tmp_path}/guides/a-guide.yaml:5: xx is not in languages.csv"
    ]


def test_analytics_index_links_to_the_guides(client, db):
    body = client.get(reverse("analytics:index")).content.decode()
    assert f'href="{PAGE}"' in body
    assert "How to make a landscape report" in body


def test_guides_page_lists_each_guide_with_its_source_and_anchor(client, db):
    guide = GuideFactory(title="Guidelines for Preparing Patent Landscape Reports", slug="wipo-guidelines")
    body = client.get(PAGE).content.decode()
    assert "Guidelines for Preparing Patent Landscape Reports" in body
    assert f'id="{guide.slug}"' in body
    assert f'href="{guide.source_url}"' in body
    assert guide.get_absolute_url() == f"{PAGE}#wipo-guidelines"


def test_guides_page_filters_by_language_and_publisher(client, db):
    french = LanguageFactory(code="fr", name="French")
    GuideFactory(title="French guide", languages=[french], publisher="OECD")
    GuideFactory(title="English guide")
    body = client.get(PAGE, {"language": "fr"}).content.decode()
    assert "French guide" in body and "English guide" not in body
    body = client.get(PAGE, {"publisher": "OECD"}).content.decode()
    assert "French guide" in body and "English guide" not in body


@pytest.mark.parametrize("query", [{"language": "zz"}, {"publisher": "Nobody"}])
def test_unknown_filter_values_are_explained_not_a_crash(client, db, query):
    GuideFactory()
    assert client.get(PAGE, query).status_code == 400
    assert client.get(API, query).status_code == 400


def test_guides_page_query_count_does_not_grow(client, db):
    assert_constant_queries(client, PAGE, lambda: GuideFactory.create_batch(3))


def test_guides_api_lists_guides_with_languages_and_source(client, db):
    guide = GuideFactory(year=None)
    data = client.get(API).json()
    row = data["results"][0] if "results" in data else data[0]
    assert row["slug"] == guide.slug
    assert row["languages"] == ["en"]
    assert row["year"] is None
    assert row["source_url"] == guide.source_url
    assert client.get(f"{API}{guide.slug}/").json()["title"] == guide.title


def test_guides_api_query_count_does_not_grow(client, db):
    assert_constant_queries(client, API, lambda: GuideFactory.create_batch(3))


def test_guides_are_found_by_site_search(db):
    from analytics.search_index import GuideProvider

    guide = GuideFactory(summary="Counting patent families.")
    entry = GuideProvider().entry(guide)
    assert entry.title == guide.title
    assert "Counting patent families." in entry.body
    assert entry.url == guide.get_absolute_url()
