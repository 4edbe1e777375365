import datetime
import shutil
from collections import Counter

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from analytics import content
from analytics.models import Language, Publisher, Report, TechnologyField
from inspire.content.errors import ContentInvalid
from inspire.content.registry import errors_of
from inspire.content.schema import mirror_domain
from inspire.content.seeding import Seeder

pytestmark = pytest.mark.django_db


def load() -> None:
    call_command("load_content", "--only", "analytics", verbosity=0)


def snapshot() -> tuple:
    return (
        list(Report.objects.order_by("slug").values_list("slug", "title", "source_url", "reviewed_on", "countries")),
        list(Report.fields.through.objects.order_by("pk").values_list("report__slug", "technologyfield__slug")),
        list(Publisher.objects.order_by("slug").values_list("slug", "name", "source_url", "reviewed_on")),
        list(TechnologyField.objects.order_by("slug").values_list("slug", "parent__slug")),
        list(Language.objects.values_list("code", "name")),
    )


OLD_CATALOGUE = {"ritonavir-2011", "overview-of-algal-technologies", "solar-cooling-technologies-2012"}


def test_the_files_hold_every_entry_of_the_old_catalogue_and_more():
    content.load(Seeder())
    assert Report.objects.count() >= 32
    assert set(Report.objects.values_list("slug", flat=True)) >= OLD_CATALOGUE
    assert Publisher.objects.count() >= 4
    assert TechnologyField.objects.count() == 24
    assert TechnologyField.objects.filter(parent=None).count() == 8
    assert set(Language.objects.values_list("code", flat=True)) >= {"ar", "en", "es", "fr", "pt", "ru", "zh"}
    assert Report.fields.through.objects.count() >= 37
    assert Report.languages.through.objects.count() >= 32
    assert Report.objects.exclude(previous_edition=None).count() == 2


def test_loading_twice_changes_nothing():
    load()
    first = snapshot()
    seeder = Seeder()
    content.load(seeder)
    assert snapshot() == first
    assert not seeder.report.updated and not seeder.report.created and not seeder.report.lines()


def test_each_entry_carries_its_own_review_date():
    load()
    days = Counter(Report.objects.values_list("reviewed_on", flat=True))
    assert len(days) > 1  # not one constant for the whole catalogue
    assert Report.objects.get(slug="generative-artificial-intelligence").reviewed_on == datetime.date(2026, 11, 24)


def test_no_source_or_landing_page_is_a_document_mirror():
    load()
    for url in [
        *Report.objects.values_list("source_url", flat=True),
        *Report.objects.exclude(landing_url="").values_list("landing_url", flat=True),
        *Publisher.objects.values_list("source_url", flat=True),
    ]:
        assert mirror_domain(url) is None and "pdfslide." not in url, url
    solar = Report.objects.get(slug="solar-cooling-technologies-2012")
    assert solar.source_url == solar.landing_url
    assert solar.landing_url.startswith("https://www.wipo.int/patentscope/")
    graphene = Report.objects.get(slug="graphene-worldwide-patent-landscape-2013")
    assert graphene.source_url == graphene.publisher.website_url and graphene.landing_url == ""


def test_a_curators_admin_edit_survives_a_reload(admin_client):
    load()
    report = Report.objects.get(slug="ritonavir-2011")
    response = admin_client.post(
        f"/admin/analytics/publisher/{report.publisher.pk}/change/",
        {
            **{
                name: getattr(report.publisher, name)
                for name in ["name", "slug", "acronym", "kind", "website_url", "description", "source_url"]
            },
            "country": "",
            "reviewed_on": "2026-12-02",
        },
    )
    assert response.status_code == 302
    report.title = "Ritonavir: a curator's title"
    report.save()
    seeder = Seeder()
    content.load(seeder)
    report.refresh_from_db()
    assert report.title == "Ritonavir: a curator's title"
    assert report.publisher.reviewed_on == datetime.date(2026, 12, 2)
    assert "analytics/reports/ritonavir-2011.title: kept curator edit; file differs" in seeder.report.conflicts
    assert "analytics/publishers/wipo.reviewed_on: kept curator edit; file differs" in seeder.report.conflicts


def test_a_changed_file_reaches_rows_nobody_edited(tmp_path):
    shutil.copytree(content.ROOT, tmp_path / "content", ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    root = tmp_path / "content"
    content.load(Seeder(), root=root)
    path = root / "reports" / "ritonavir-2011.yaml"
    path.write_text(path.read_text().replace("publication_year: 2011", "publication_year: 2012"))
    fields = (root / "fields.csv").read_text()
    (root / "fields.csv").write_text(fields.replace("Quantum technologies", "Quantum science and technology"))
    content.load(Seeder(), root=root)
    assert Report.objects.get(slug="ritonavir-2011").publication_year == 2012
    assert TechnologyField.objects.get(slug="quantum").name == "Quantum science and technology"


def test_content_check_names_the_file_and_line_of_each_error(tmp_path, monkeypatch):
    shutil.copytree(content.ROOT, tmp_path / "content", ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    root = tmp_path / "content"
    report = root / "reports" / "ritonavir-2011.yaml"
    lines = report.read_text().splitlines()
    year = next(number for number, line in enumerate(lines, 1) if line.startswith("publication_year:"))
    publisher = next(number for number, line in enumerate(lines, 1) if line.startswith("publisher:"))
    lines[year - 1] = "publication_year: 1200"
    lines[publisher - 1] = "publisher: nobody"
    report.write_text("\n".join(lines) + "\n")
    # Its first publisher keeps the file valid; the mirror in the second is the error.
    (root / "publishers" / "epo.yaml").write_text(
        (root / "publishers" / "epo.yaml")
        .read_text()
        .replace("source: https://www.epo.org/", "source: https://www.scribd.com/doc/1")
    )
    with (root / "fields.csv").open("a") as handle:
        handle.write("robots,Robots,nowhere,\n")
    monkeypatch.setattr(content, "ROOT", root)
    errors = [str(error) for error in errors_of(content)]
    assert f"{report}:{year}: publication_year: Input should be greater than or equal to 1950" in errors
    assert any(error.startswith(f"{root / 'publishers' / 'epo.yaml'}:") and "scribd.com" in error for error in errors)
    assert f"{root / 'fields.csv'}:26: parent nowhere is not a field listed above" in errors
    with pytest.raises(CommandError, match="error"):
        call_command("content_check")


def test_unknown_references_point_at_their_line(tmp_path):
    shutil.copytree(content.ROOT, tmp_path / "content", ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    root = tmp_path / "content"
    report = root / "reports" / "covid-19-vaccines-therapeutics-2023.yaml"
    text = report.read_text().replace("- vaccines-therapeutics", "- vaccines-therapeutics\n- telepathy")
    report.write_text(text.replace("edition: 2", "edition: 1"))
    with pytest.raises(ContentInvalid) as raised:
        content.read(root)
    lines = report.read_text().splitlines()
    telepathy = lines.index("- telepathy") + 1
    edition = lines.index("edition: 1") + 1
    assert {(error.line, error.message) for error in raised.value.errors if error.path == report} == {
        (telepathy, "telepathy is not in fields.csv"),
        (edition, "edition must be higher than that of covid-19-vaccines-therapeutics-2022 (1)"),
    }
