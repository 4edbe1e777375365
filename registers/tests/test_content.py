import datetime
import re
import shutil

import pycountry
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db.models import F

from inspire.content.errors import ContentInvalid
from inspire.content.seeding import Seeder
from inspire.facts import Fact
from inspire.jurisdictions import REGIONAL_OFFICES
from registers import content
from registers.models import ColumnAbsence, Jurisdiction, JurisdictionFile, Resource, SampleNumber
from registers.selectors import column_states, jurisdictions_annotated

pytestmark = pytest.mark.django_db

# What registers/data/*.py held before the content became data files (issue 17); no fact may be lost.
COUNTS_BEFORE = {
    Jurisdiction: 258,
    Resource: 138,
    JurisdictionFile: 39,
    SampleNumber: 26,
    Jurisdiction.memberships.through: 260,
}
ADDED_ON_2026_12_01 = {"RO", "GR", "HR", "SI", "FI", "IT", "GE", "AE", "MA", "EG", "CU"}


@pytest.fixture
def loaded():
    return content.load(Seeder())


@pytest.fixture
def files(tmp_path):
    """A copy of the content files to change."""
    shutil.copytree(content.ROOT / "jurisdictions", tmp_path / "jurisdictions")
    shutil.copytree(content.ROOT / "samples", tmp_path / "samples")
    return tmp_path


def states(code: str) -> dict:
    return column_states(jurisdictions_annotated().get(code=code))


def test_every_fact_of_the_old_data_modules_is_loaded(loaded):
    assert {model: model.objects.count() for model in COUNTS_BEFORE} == COUNTS_BEFORE
    assert ColumnAbsence.objects.count() == 0
    assert "258 jurisdictions (78 with curated files), 138 resources" in loaded


def test_every_iso_country_and_regional_office_is_listed(loaded):
    codes = set(Jurisdiction.objects.values_list("code", flat=True))
    assert {country.alpha_2 for country in pycountry.countries} <= codes
    assert set(REGIONAL_OFFICES) <= codes
    assert "UPC" in codes


def test_loading_twice_changes_nothing():
    content.load(Seeder())
    again = Seeder()
    content.load(again)
    assert not again.report.created and not again.report.updated and not again.report.conflicts


def test_curated_files_have_search_tips_and_sources(loaded):
    files = JurisdictionFile.objects.exclude(search_tips="")
    assert files.count() >= 30
    assert not files.filter(source_url="").exists()
    assert not files.filter(reviewed_on__isnull=True).exists()
    assert (
        JurisdictionFile.objects.get(jurisdiction__code="HR").source_url == "https://it-app.dziv.hr/Pretrage/Help.htm"
    )


def test_resources_cite_the_page_they_were_checked_on_not_themselves(loaded):
    assert not Resource.objects.filter(source_url="").exists()
    assert not Resource.objects.filter(reviewed_on__isnull=True).exists()
    slovenia = Resource.objects.get(jurisdiction__code="SI", kind="register")
    assert slovenia.source_url == "http://www2.uil-sipo.si/Que010.stm"
    epo = Resource.objects.get(jurisdiction__code="EP", kind="register", url="https://register.epo.org/")
    assert epo.source_url == "https://www.epo.org/"
    # Luxembourg has no office page recorded; the curator checked the Romanian, Greek and Croatian
    # services on their own pages, which describe them.
    own = Resource.objects.filter(source_url=F("url"))
    assert set(own.values_list("jurisdiction__code", flat=True)) == {"LU", "RO", "GR", "HR"}


def test_review_dates_come_from_when_each_entry_was_written(loaded):
    december = Jurisdiction.objects.filter(reviewed_on=datetime.date(2026, 12, 1))
    assert set(december.values_list("code", flat=True)) == ADDED_ON_2026_12_01
    for resource in Resource.objects.filter(jurisdiction__code__in=ADDED_ON_2026_12_01):
        assert resource.reviewed_on == datetime.date(2026, 12, 1), resource
    assert Resource.objects.get(jurisdiction__code="FR", kind="register").reviewed_on == datetime.date(2026, 11, 24)
    # Nobody has reviewed a jurisdiction without a content file: ISO 3166 is all it rests on.
    tuvalu = Jurisdiction.objects.get(code="TV")
    assert tuvalu.reviewed_on is None
    assert tuvalu.source_url == "https://www.iso.org/iso-3166-country-codes.html"


def test_oapi_online_register_is_not_recorded_rather_than_yes(loaded):
    oapi = states("OA")
    assert oapi["register"].fact == Fact.UNKNOWN
    assert Resource.objects.get(jurisdiction__code="OA").kind == Resource.Kind.OTHER


def test_member_states_are_linked_to_their_organisations(loaded):
    assert Jurisdiction.objects.get(code="EP").members.count() == 39
    assert Jurisdiction.objects.get(code="OA").members.count() == 17
    assert set(Jurisdiction.objects.get(code="FR").memberships.values_list("code", flat=True)) >= {"EP", "WO", "UPC"}


def test_sample_numbers_show_how_to_type_them(loaded):
    sample = SampleNumber.objects.get(jurisdiction__code="US", as_printed="US 10,000,000 B2")
    assert sample.as_entered == "10000000"


def test_every_regional_office_links_to_an_online_service(loaded):
    offices = Jurisdiction.objects.filter(kind__in=["regional", "court"])
    assert offices.count() == len(REGIONAL_OFFICES) + 1
    assert not offices.filter(resources__isnull=True).exists()


def test_an_admin_edit_survives_load_content(loaded):
    register = Resource.objects.get(jurisdiction__code="FR", kind="register")
    register.title = "data.inpi.fr (curator's title)"
    register.save()
    seeder = Seeder()
    content.load(seeder)
    register.refresh_from_db()
    assert register.title == "data.inpi.fr (curator's title)"
    assert "registers/FR/resources/register/https://data.inpi.fr/.title: kept curator edit; file differs" in (
        seeder.report.conflicts
    )


def test_a_changed_file_value_reaches_an_untouched_row(files):
    content.load(Seeder(), root=files)
    path = files / "jurisdictions" / "FR.yaml"
    path.write_text(path.read_text().replace("title: data.inpi.fr", "title: DATA INPI"))
    content.load(Seeder(), root=files)
    assert Resource.objects.get(jurisdiction__code="FR", kind="register").title == "DATA INPI"


def test_a_recorded_absence_is_a_no_with_its_source(files):
    path = files / "jurisdictions" / "FR.yaml"
    path.write_text(
        path.read_text()
        + "absent:\n  gazette:\n    source: https://www.inpi.fr/bopi\n    reviewed_on: 2026-12-01\n"
        + "    note: The BOPI is published as PDF files only.\n"
    )
    content.load(Seeder(), root=files)
    france = states("FR")
    assert france["gazette"].fact == Fact.NO
    assert france["gazette"].absence.source_url == "https://www.inpi.fr/bopi"
    assert france["spc"].fact == Fact.UNKNOWN
    assert france["register"].fact == Fact.YES


def test_an_absence_contradicting_a_resource_is_an_error(files):
    path = files / "jurisdictions" / "FR.yaml"
    path.write_text(
        path.read_text() + "absent:\n  register:\n    source: https://www.inpi.fr/\n    reviewed_on: 2026-12-01\n"
    )
    with pytest.raises(
        ContentInvalid, match=re.escape("register is recorded as absent, but https://data.inpi.fr/ serves")
    ):
        content.read(files)


def test_content_check_names_the_file_and_line_of_an_error(files):
    path = files / "jurisdictions" / "FR.yaml"
    lines = path.read_text().splitlines()
    kinds_line = next(number for number, line in enumerate(lines, start=1) if line.startswith("- kinds:"))
    lines[kinds_line - 1] = "- kinds: [registr]"
    path.write_text("\n".join(lines) + "\n")
    (files / "samples" / "US.csv").write_text("kind,as_printed,as_entered,notes\npatent,1,1,\nserial,2,2,\n")
    with pytest.raises(ContentInvalid) as raised:
        content.read(files)
    messages = [f"{error.path.name}:{error.line}: {error.message}" for error in raised.value.errors]
    assert any(message.startswith(f"FR.yaml:{kinds_line}: resources.0.kinds.0:") for message in messages), messages
    assert any(message.startswith("US.csv:3: kind:") for message in messages), messages


def test_a_file_for_an_unknown_code_or_samples_without_a_file_are_errors(files):
    shutil.copy(files / "jurisdictions" / "FR.yaml", files / "jurisdictions" / "QQ.yaml")
    (files / "samples" / "TV.csv").write_text("kind,as_printed,as_entered\npatent,1,1\n")
    with pytest.raises(ContentInvalid) as raised:
        content.read(files)
    assert {(error.path.name, error.line) for error in raised.value.errors} == {("QQ.yaml", 1), ("TV.csv", 1)}


def test_admin_import_loads_uploaded_files_as_the_curators(client, staff_user, loaded):
    text = (content.ROOT / "jurisdictions" / "FR.yaml").read_text().replace("title: data.inpi.fr", "title: DATA INPI")
    client.force_login(staff_user)
    response = client.post(
        "/admin/registers/jurisdiction/import-content/",
        {"files": [SimpleUploadedFile("FR.yaml", text.encode())]},
    )
    assert response.status_code == 302
    assert Resource.objects.get(jurisdiction__code="FR", kind="register").title == "DATA INPI"
    assert Jurisdiction.objects.get(code="DE").office_name == "Deutsches Patent- und Markenamt"
    seeder = Seeder()
    content.load(seeder)
    assert Resource.objects.get(jurisdiction__code="FR", kind="register").title == "DATA INPI"


def test_admin_import_of_a_broken_file_names_file_and_line(client, staff_user, loaded):
    client.force_login(staff_user)
    response = client.post(
        "/admin/registers/jurisdiction/import-content/",
        {
            "files": [
                SimpleUploadedFile("FR.yaml", b"office_name: INPI\nsource: ftp://inpi.fr/\nreviewed_on: 2026-12-01\n")
            ]
        },
    )
    assert response.status_code == 400
    assert "FR.yaml:2: source: Value error, must be an http(s) address" in response.content.decode()


def test_load_content_command_loads_the_registers():
    call_command("load_content", "--only", "registers", verbosity=0)
    assert Jurisdiction.objects.count() == 258
