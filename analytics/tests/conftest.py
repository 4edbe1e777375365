import pytest

from analytics.tests.factories import LanguageFactory, PublisherFactory, ReportFactory, TechnologyFieldFactory


@pytest.fixture
def catalogue(db):
    """A small catalogue: two publishers, a field taxonomy, two editions of one PLR and a WITT report."""
    health = TechnologyFieldFactory(name="Health", slug="health")
    vaccines = TechnologyFieldFactory(name="Vaccines", slug="vaccines", parent=health)
    ai = TechnologyFieldFactory(name="Artificial intelligence", slug="ai")
    english, french = LanguageFactory(code="en", name="English"), LanguageFactory(code="fr", name="French")
    wipo = PublisherFactory(name="WIPO", slug="wipo")
    epo = PublisherFactory(name="EPO", slug="epo")
    first = ReportFactory(
        title="Vaccines landscape",
        slug="vaccines-2022",
        publisher=wipo,
        publication_year=2022,
        fields=[vaccines],
        languages=[english, french],
        download_count=5,
    )
    second = ReportFactory(
        title="Vaccines landscape update",
        slug="vaccines-2023",
        publisher=wipo,
        publication_year=2023,
        edition=2,
        previous_edition=first,
        fields=[vaccines],
        languages=[english],
        download_count=1,
    )
    trends = ReportFactory(
        title="Technology trends: AI",
        slug="trends-ai",
        series="witt",
        publisher=wipo,
        publication_year=2019,
        fields=[ai],
        languages=[english],
        region="global",
        download_count=50,
    )
    europe = ReportFactory(
        title="Smart objects in Europe",
        slug="smart-objects",
        publisher=epo,
        publication_year=2017,
        fields=[ai],
        languages=[english],
        region="europe",
    )
    return {
        "fields": {"health": health, "vaccines": vaccines, "ai": ai},
        "publishers": {"wipo": wipo, "epo": epo},
        "reports": {"first": first, "second": second, "trends": trends, "europe": europe},
    }
