import datetime

import pytest

from databases import content
from databases.models import Coverage, DatabaseFeature, PatentDatabase

pytestmark = pytest.mark.django_db


def snapshot() -> tuple:
    return (
        list(PatentDatabase.objects.order_by("slug").values_list("slug", "name", "url", "access", "aspi")),
        list(Coverage.objects.order_by("pk").values_list("pk", "jurisdiction", "document_kind", "level", "from_year")),
        list(DatabaseFeature.objects.order_by("pk").values_list("pk", "feature", "note")),
    )


def test_curated_content_has_at_least_46_reviewed_databases_with_sources():
    summary = content.load()
    assert "patent databases" in summary
    databases = PatentDatabase.objects.published()
    assert databases.count() >= 46
    for database in databases:
        assert database.source_url.startswith(("https://", "http://"))
        assert database.reviewed_on == datetime.date(2026, 11, 24)
        assert database.coverage.exists(), database.slug
        assert database.features.exists(), database.slug
    kinds = set(databases.values_list("kind", flat=True))
    assert kinds == {choice for choice, _label in PatentDatabase.Kind.choices}


def test_loading_content_twice_changes_nothing():
    content.load()
    first = snapshot()
    content.load()
    assert snapshot() == first


def test_well_known_services_are_described_with_their_real_addresses():
    content.load()
    urls = dict(PatentDatabase.objects.values_list("slug", "url"))
    assert urls["espacenet"] == "https://worldwide.espacenet.com/"
    assert urls["patentscope"] == "https://patentscope.wipo.int/"
    assert urls["google-patents"] == "https://patents.google.com/"
    assert urls["the-lens"] == "https://www.lens.org/"
    assert urls["j-platpat"] == "https://www.j-platpat.inpit.go.jp/"
    assert urls["depatisnet"] == "https://depatisnet.dpma.de/"
    assert set(PatentDatabase.objects.filter(aspi=True).values_list("slug", flat=True)) == {
        "derwent-innovation",
        "orbit-intelligence",
        "patbase",
        "totalpatent-one",
        "wips-global",
    }
