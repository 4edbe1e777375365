import pytest
from django.urls import reverse
from import_export.formats.base_formats import CSV

from analytics import content
from analytics.admin import ReportResource
from analytics.data import catalogue
from analytics.models import Publisher, Report, TechnologyField
from analytics.tests.factories import LanguageFactory, PublisherFactory, TechnologyFieldFactory

CSV_HEADER = "slug,title,series,publisher,publication_year,edition,previous_edition,fields,languages,countries,"
CSV_HEADER += "region,landing_url,source_url,reviewed_on,download_count\n"


def import_csv(text: str, *, dry_run: bool = False):
    dataset = CSV().create_dataset(text)
    return ReportResource().import_data(dataset, dry_run=dry_run, raise_errors=False)


def test_curated_content_loads_twice_without_changes(db):
    first = content.load()
    counts = (Report.objects.count(), Publisher.objects.count(), TechnologyField.objects.count())
    assert content.load() == first
    assert (Report.objects.count(), Publisher.objects.count(), TechnologyField.objects.count()) == counts
    assert counts[0] == len(catalogue.REPORTS)


def test_curated_content_names_the_reports_the_issue_asks_for(db):
    content.load()
    wipo = Report.objects.filter(publisher__slug="wipo")
    assert wipo.filter(title__icontains="graphite").exists()
    assert wipo.filter(title__icontains="ilmenite").exists()
    assert wipo.filter(series="witt", title__icontains="artificial intelligence").exists()
    assert wipo.filter(series="witt", title__icontains="assistive").exists()
    covid_2023 = Report.objects.get(slug="covid-19-vaccines-therapeutics-2023")
    assert covid_2023.previous_edition.slug == "covid-19-vaccines-therapeutics-2022"
    assert Report.objects.exclude(publisher__slug="wipo").exists()
    assert not Report.objects.filter(source_url="").exists()


@pytest.fixture
def import_targets(db):
    PublisherFactory(slug="epo")
    TechnologyFieldFactory(slug="hydrogen")
    TechnologyFieldFactory(slug="energy")
    LanguageFactory(code="en")


def test_curators_bulk_load_reports_from_csv_and_reimporting_updates(import_targets):
    text = CSV_HEADER + (
        "h2-2023,Hydrogen patents,plr,epo,2023,1,,hydrogen|energy,en,DE|FR,europe,"
        "https://example.org/h2,https://example.org/h2,2026-11-24,999\n"
    )
    result = import_csv(text)
    assert not result.has_errors() and not result.has_validation_errors()
    report = Report.objects.get(slug="h2-2023")
    assert sorted(report.fields.values_list("slug", flat=True)) == ["energy", "hydrogen"]
    assert [country.code for country in report.countries] == ["DE", "FR"]
    assert report.download_count == 0  # counts come only from real downloads
    import_csv(text.replace("Hydrogen patents", "Hydrogen patents (updated)"))
    assert Report.objects.get().title == "Hydrogen patents (updated)"


def test_csv_rows_with_bad_values_are_reported_not_saved(import_targets):
    text = CSV_HEADER + (
        "bad-row,Bad row,magazine,epo,1200,1,,hydrogen,en,,global,not-a-url,https://example.org,2026-11-24,0\n"
    )
    result = import_csv(text)
    assert result.has_validation_errors()
    errors = result.invalid_rows[0].field_specific_errors
    assert {"series", "publication_year", "landing_url"} <= set(errors)
    assert not Report.objects.exists()


def test_export_round_trips_the_catalogue(db):
    content.load()
    exported = ReportResource().export().csv
    assert "covid-19-vaccines-therapeutics-2023" in exported
    assert "covid-19-vaccines-therapeutics-2022" in exported.split("covid-19-vaccines-therapeutics-2023", 1)[1]


def test_admin_pages_open_for_staff(client, staff_user, db):
    content.load()
    client.force_login(staff_user)
    for name in ["report", "publisher", "technologyfield", "reportdownload"]:
        assert client.get(reverse(f"admin:analytics_{name}_changelist")).status_code == 200
    report = Report.objects.first()
    assert client.get(reverse("admin:analytics_report_change", args=[report.pk])).status_code == 200
    assert client.get(reverse("admin:analytics_report_import")).status_code == 200
