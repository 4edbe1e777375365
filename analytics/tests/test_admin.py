import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from analytics import content
from analytics.admin import ReportResource
from analytics.models import Report, TechnologyField
from analytics.tests.factories import LanguageFactory, PublisherFactory, TechnologyFieldFactory
from inspire.content.seeding import Seeder

REPORT_YAML = """\
title: Hydrogen patents
series: plr
publisher: epo
publication_year: 2023
fields: [hydrogen, energy]
countries: [DE, FR]
region: europe
languages: [en]
landing_url: https://example.org/h2
summary: Hydrogen along its value chain.
source: https://example.org/h2
reviewed_on: 2026-11-24
"""


def upload(name: str, text: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text.encode(), content_type="application/yaml")


def import_content(client, model: str, *files):
    return client.post(reverse(f"admin:analytics_{model}_import_content"), {"files": list(files)})


@pytest.fixture
def import_targets(db):
    PublisherFactory(slug="epo")
    TechnologyFieldFactory(slug="hydrogen")
    TechnologyFieldFactory(slug="energy")
    LanguageFactory(code="en")


def test_curators_import_report_files_and_reimporting_updates(admin_client, import_targets):
    response = import_content(admin_client, "report", upload("h2-2023.yaml", REPORT_YAML))
    assert response.status_code == 302
    report = Report.objects.get(slug="h2-2023")
    assert sorted(report.fields.values_list("slug", flat=True)) == ["energy", "hydrogen"]
    assert [country.code for country in report.countries] == ["DE", "FR"]
    assert report.download_count == 0  # counts come only from real downloads
    import_content(
        admin_client, "report", upload("h2-2023.yaml", REPORT_YAML.replace("Hydrogen patents", "H2 (updated)"))
    )
    assert Report.objects.get().title == "H2 (updated)"


def test_a_download_count_in_an_imported_file_is_refused(admin_client, import_targets):
    response = import_content(admin_client, "report", upload("h2-2023.yaml", REPORT_YAML + "download_count: 999\n"))
    assert response.status_code == 400
    assert "h2-2023.yaml:13: download_count: Extra inputs are not permitted" in response.content.decode()
    assert not Report.objects.exists()


def test_files_with_bad_values_are_reported_by_line_and_nothing_is_saved(admin_client, import_targets):
    bad = REPORT_YAML.replace("series: plr", "series: magazine").replace("2023", "1200")
    bad = bad.replace("landing_url: https://example.org/h2", "landing_url: not-a-url")
    response = import_content(admin_client, "report", upload("bad-row.yaml", bad), upload("good.yaml", REPORT_YAML))
    assert response.status_code == 400
    page = response.content.decode()
    assert "bad-row.yaml:2: series:" in page
    assert "bad-row.yaml:4: publication_year:" in page
    assert "bad-row.yaml:9: landing_url:" in page
    assert not Report.objects.exists()


def test_an_imported_report_may_bring_its_publisher_in_the_files_or_find_it_in_the_database(admin_client, db):
    LanguageFactory(code="en")
    TechnologyFieldFactory(slug="hydrogen")
    TechnologyFieldFactory(slug="energy")
    response = import_content(admin_client, "report", upload("h2-2023.yaml", REPORT_YAML))
    assert response.status_code == 400
    assert "h2-2023.yaml:3: no publishers/epo.yaml" in response.content.decode()
    publisher = "name: EPO\nkind: ip_office\ndescription: x\nsource: https://www.epo.org/\nreviewed_on: 2026-11-24\n"
    assert import_content(admin_client, "publisher", upload("epo.yaml", publisher)).status_code == 302
    assert import_content(admin_client, "report", upload("h2-2023.yaml", REPORT_YAML)).status_code == 302


def test_imported_values_count_as_the_curators(admin_client, db):
    """A later load_content keeps what a curator imported, like any other edit."""
    content.load(Seeder())
    fields = "slug,name,parent,description\nhydrogen,Hydrogen (curated),energy,\n"
    assert import_content(admin_client, "technologyfield", upload("fields.csv", fields)).status_code == 302
    content.load(Seeder())
    assert TechnologyField.objects.get(slug="hydrogen").name == "Hydrogen (curated)"
    wrong = import_content(admin_client, "technologyfield", upload("taxonomy.csv", fields))
    assert wrong.status_code == 400 and "taxonomy.csv:1: expected a file named fields.csv" in wrong.content.decode()


def test_an_imported_edition_must_follow_the_loaded_one_it_names(admin_client, db):
    content.load(Seeder())
    text = REPORT_YAML.replace(
        "fields: [hydrogen, energy]", "fields: [hydrogen]\nprevious_edition: hydrogen-patents-for-a-clean-energy-future"
    )
    response = import_content(admin_client, "report", upload("h2-2024.yaml", text))
    assert response.status_code == 400
    assert "h2-2024.yaml:6: edition must be higher than that of" in response.content.decode()
    assert import_content(admin_client, "report", upload("h2-2024.yaml", text + "edition: 2\n")).status_code == 302
    assert Report.objects.get(slug="h2-2024").previous_edition.slug == "hydrogen-patents-for-a-clean-energy-future"


def test_export_round_trips_the_catalogue(db):
    content.load(Seeder())
    exported = ReportResource().export().csv
    assert "covid-19-vaccines-therapeutics-2023" in exported
    assert "covid-19-vaccines-therapeutics-2022" in exported.split("covid-19-vaccines-therapeutics-2023", 1)[1]


def test_admin_pages_open_for_staff(client, staff_user, db):
    content.load(Seeder())
    client.force_login(staff_user)
    for name in ["report", "publisher", "technologyfield", "language", "reportdownload"]:
        assert client.get(reverse(f"admin:analytics_{name}_changelist")).status_code == 200
    report = Report.objects.first()
    assert client.get(reverse("admin:analytics_report_change", args=[report.pk])).status_code == 200
    for name in ["report", "publisher", "technologyfield", "language"]:
        assert client.get(reverse(f"admin:analytics_{name}_import_content")).status_code == 200
        assert client.get(reverse(f"admin:analytics_{name}_export")).status_code == 200
