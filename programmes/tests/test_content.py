import shutil

import pytest
from django.core.management import call_command

from inspire.content.errors import ContentInvalid
from inspire.content.schema import mirror_domain
from inspire.content.seeding import Seeder
from programmes import content
from programmes.models import EligibilityList, Product, Programme, Provider, Source, Statistic

pytestmark = pytest.mark.django_db


def load() -> None:
    call_command("load_content", "--only", "programmes", verbosity=0)


def test_the_files_hold_every_programme_list_and_figure():
    assert content.load(Seeder()) == "2 programmes, 5 eligibility lists, 2 statistics from 14 sources"
    assert Programme.objects.count() == 2
    assert Provider.objects.count() == 5 and Product.objects.count() == 5
    assert EligibilityList.objects.count() == 5
    assert Statistic.objects.count() == 2
    assert len(EligibilityList.objects.get(slug="aspi-group-1").countries) == 48


def test_every_source_is_a_publishers_page_or_a_report_cited_by_title():
    load()
    for source in Source.objects.all():
        assert source.url == "" or mirror_domain(source.url) is None, source.url
    assert list(Source.objects.filter(url="").values_list("key", flat=True)) == ["wipo-tisc-report-2023"]


def test_loading_twice_changes_nothing():
    load()
    seeder = Seeder()
    content.load(seeder)
    assert not seeder.report.created and not seeder.report.updated and not seeder.report.lines()


def test_a_curators_admin_edit_survives_a_reload(admin_client):
    load()
    statistic = Statistic.objects.get(programme__slug="aspi")
    response = admin_client.post(
        f"/admin/programmes/statistic/{statistic.pk}/change/",
        {
            "programme": statistic.programme_id,
            "year": 2016,
            "metric": "active",
            "value": 55,
            "qualifier": "more_than",
            "note": "Corrected by a curator",
            "source": statistic.source_id,
        },
    )
    assert response.status_code == 302, response.content
    load()
    statistic.refresh_from_db()
    assert (statistic.value, statistic.note) == (55, "Corrected by a curator")


def test_a_changed_file_value_reaches_an_untouched_row(tmp_path):
    root = tmp_path / "content"
    shutil.copytree(content.ROOT, root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    content.load(Seeder(), root=root)
    path = root / "lists" / "aspi-group-2.yaml"
    path.write_text(path.read_text().replace("[AL, AM, AZ,", "[AL, AM, AZ, CI,"))
    content.load(Seeder(), root=root)
    assert "CI" in [country.code for country in EligibilityList.objects.get(slug="aspi-group-2").countries]


def test_a_broken_file_is_reported_with_its_file_and_line(tmp_path):
    root = tmp_path / "content"
    shutil.copytree(content.ROOT, root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    path = root / "lists" / "aspi-group-1.yaml"
    path.write_text(
        path.read_text().replace("access: free", "access: gratis").replace("stated_count: 48", "stated_count: 47")
    )
    with pytest.raises(ContentInvalid) as raised:
        content.read(root)
    messages = [str(error) for error in raised.value.errors]
    assert any(message.endswith(":4: access: Input should be 'free' or 'low_cost'") for message in messages), messages
    assert all("aspi-group-1.yaml" in message for message in messages)


def test_a_list_naming_an_unknown_source_is_reported_on_its_line(tmp_path):
    root = tmp_path / "content"
    shutil.copytree(content.ROOT, root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    path = root / "lists" / "aspi-group-3.yaml"
    path.write_text(path.read_text().replace("source: aspi-faq", "source: a-blog"))
    with pytest.raises(ContentInvalid) as raised:
        content.read(root)
    [error] = raised.value.errors
    assert error.path.name == "aspi-group-3.yaml" and error.line == 8
    assert error.message == "a-blog is not a source in sources.yaml"


def test_a_complete_list_must_hold_as_many_countries_as_its_source_counts(tmp_path):
    root = tmp_path / "content"
    shutil.copytree(content.ROOT, root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    path = root / "lists" / "aspi-group-2.yaml"
    path.write_text(path.read_text().replace("complete: false", "complete: true"))
    with pytest.raises(ContentInvalid, match="the source counts 45 countries; the file lists 9"):
        content.read(root)


def test_broken_files_load_nothing(tmp_path):
    root = tmp_path / "content"
    shutil.copytree(content.ROOT, root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    (root / "statistics.csv").write_text("programme,year,metric,value,source\naspi,1999,logins,-1,aspi-faq\n")
    with pytest.raises(ContentInvalid) as raised:
        content.load(Seeder(), root=root)
    assert {error.line for error in raised.value.errors} == {2}
    assert not Programme.objects.exists() and not Source.objects.exists()


def test_content_check_passes_on_the_shipped_files():
    call_command("content_check", verbosity=0)
