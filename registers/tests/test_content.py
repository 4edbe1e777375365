import csv
import datetime
import re
import shutil
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db.models import F

from inspire.content.errors import ContentInvalid
from inspire.content.seeding import Seeder
from inspire.facts import Fact
from inspire.jurisdictions import REGIONAL_OFFICES, countries, portal_jurisdictions
from registers import content
from registers.models import (
    ColumnAbsence,
    Jurisdiction,
    JurisdictionFile,
    JurisdictionNote,
    Resource,
    SampleNumber,
)
from registers.selectors import column_states, jurisdictions_with_relations

pytestmark = pytest.mark.django_db


# What registers/data/*.py held before the content became data files (issue 17): 258 jurisdictions,
# 138 resources, 39 files, 26 sample numbers, 260 memberships. Issue 18 added the researched register
# facts (resources, two recorded absences, notes, sample numbers with their own sources).
def counts_in_the_files() -> dict:
    """What the content files hold, counted from the files themselves (one resource per kind)."""
    entries = [files.entry.entry for files in content.read()]
    return {
        Jurisdiction: len(portal_jurisdictions()),
        Resource: sum(len(resource.kinds) for entry in entries for resource in entry.resources),
        ColumnAbsence: sum(len(entry.absent) for entry in entries),
        JurisdictionFile: sum(1 for entry in entries if entry.file),
        SampleNumber: sum(len(files.samples) for files in content.read()),
        JurisdictionNote: sum(len(entry.notes) for entry in entries),
    }


# Every office, resource, file and sample number of the files before issue 18, with its source.
FACTS_BEFORE_ISSUE_18 = Path(__file__).with_name("facts_before_issue18.csv")
ADDED_ON_2026_12_01 = {"RO", "GR", "HR", "SI", "FI", "IT", "GE", "AE", "MA", "EG", "CU"}
ISSUE_18_REVIEW = datetime.date(2026, 12, 2)


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
    return column_states(jurisdictions_with_relations().get(code=code))


def facts_before_issue_18(model: str) -> list[dict]:
    with FACTS_BEFORE_ISSUE_18.open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle) if row["model"] == model]


def test_every_entry_of_the_files_is_loaded(loaded):
    counts = counts_in_the_files()
    assert {model: model.objects.count() for model in counts} == counts
    assert Jurisdiction.objects.count() == 258
    files = len(list((content.ROOT / "jurisdictions").glob("*.yaml")))
    assert f"258 jurisdictions ({files} with curated files), {counts[Resource]} resources" in loaded
    assert f"{counts[SampleNumber]} sample numbers, {counts[JurisdictionNote]} notes" in loaded


def test_every_fact_from_before_issue_18_is_still_loaded_with_its_source(loaded):
    offices = {
        code: (name, source)
        for code, name, source in Jurisdiction.objects.values_list("code", "office_name", "source_url")
    }
    for row in facts_before_issue_18("jurisdiction"):
        assert offices[row["code"]] == (row["key"], row["source"]), row
    resources = set(Resource.objects.values_list("jurisdiction__code", "kind", "url", "source_url"))
    for row in facts_before_issue_18("resource"):
        assert (row["code"], row["kind"], row["key"], row["source"]) in resources, row
    files = dict(JurisdictionFile.objects.values_list("jurisdiction__code", "source_url"))
    for row in facts_before_issue_18("file"):
        assert files[row["code"]] == row["source"], row
    samples = set(SampleNumber.objects.values_list("jurisdiction__code", "kind", "as_printed"))
    for row in facts_before_issue_18("sample"):
        assert (row["code"], row["kind"], row["key"]) in samples, row


# Code and third-party indexes repeat what others published; a fact cites the page that states it.
NOT_A_SOURCE = ("github.com", "githubusercontent.com", "docs.patentclient.com", "web.archive.org")


def test_no_fact_rests_on_code_or_a_third_party_index(loaded):
    sources = [
        *Resource.objects.values_list("source_url", flat=True),
        *ColumnAbsence.objects.values_list("source_url", flat=True),
        *JurisdictionNote.objects.values_list("source_url", flat=True),
        *Jurisdiction.objects.values_list("source_url", flat=True),
    ]
    assert [url for url in sources if any(host in url for host in NOT_A_SOURCE)] == []


def test_every_iso_country_and_regional_office_is_listed(loaded):
    codes = set(Jurisdiction.objects.values_list("code", flat=True))
    assert set(countries()) <= codes
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
    # services on their own pages, which describe them, as issue 18's research did for seven gazettes
    # (each address is the office's own page about its gazette).
    # Brazil's e-Parecer (examination reports) is described on its own page alone, as is France's
    # SPC procedure (INPI's page on it), and the SPC procedures of Bosnia and Herzegovina (the Institute's
    # forms page), the Netherlands (RVO), Portugal (the justice portal's online service) and Iceland (the
    # regulation as in force in the EEA, EFTA's page, as for Greece).
    own = Resource.objects.filter(source_url=F("url"))
    assert set(own.values_list("jurisdiction__code", flat=True)) == {
        "BR",
        "FR",
        "LU",
        "RO",
        "GR",
        "HR",
        "DE",
        "LV",
        "IE",
        "BG",
        "NO",
        "PL",
        "MT",
        "EE",
        "AZ",  # EAPATIS's page describing its Azerbaijani collection
        "BA",
        "NL",
        "PT",
        "IS",
        "CY",  # the office's page on the SPC Regulation
        "MK",  # the office's homepage announcing the bulletin's latest issue for download
        "KZ",  # the institute's page on extending a patent's term
    }
    # The gazette pages (Bulgaria's bulletin also carries its SPCs), and the SPC pages of Malta's directorate
    # and Poland's business portal.
    gazettes = own.filter(jurisdiction__code__in=["DE", "LV", "IE", "BG", "NO", "PL", "MT"])
    assert set(gazettes.values_list("kind", flat=True)) == {"gazette", "spc"}
    assert set(gazettes.filter(kind="spc").values_list("jurisdiction__code", flat=True)) == {"BG", "MT", "PL"}


def test_review_dates_come_from_when_each_entry_was_written(loaded):
    december = Jurisdiction.objects.filter(reviewed_on=datetime.date(2026, 12, 1))
    assert set(december.values_list("code", flat=True)) == ADDED_ON_2026_12_01
    for resource in Resource.objects.filter(jurisdiction__code__in=ADDED_ON_2026_12_01):
        assert resource.reviewed_on >= datetime.date(2026, 12, 1), resource
    before = {(row["code"], row["kind"], row["key"]) for row in facts_before_issue_18("resource")}
    # Entries researched for issue 18 and since carry the day they were checked.
    added = Resource.objects.filter(reviewed_on__gte=ISSUE_18_REVIEW)
    assert added.count() == Resource.objects.count() - len(before)
    assert not before & set(added.values_list("jurisdiction__code", "kind", "url"))
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
    # The whole file is the test's own, so real France's curated columns cannot change the answer.
    (files / "samples" / "FR.csv").unlink(missing_ok=True)
    (files / "jurisdictions" / "FR.yaml").write_text(
        "resources:\n- kinds: [register]\n  title: data.inpi.fr\n  url: https://data.inpi.fr/\n"
        "  source: https://data.inpi.fr/\n  reviewed_on: 2026-12-01\n"
        "absent:\n  file_inspection:\n    source: https://www.inpi.fr/dossiers\n    reviewed_on: 2026-12-01\n"
        "    note: Files are inspected at the office only.\n"
    )
    content.load(Seeder(), root=files)
    france = states("FR")
    assert france["file_inspection"].fact == Fact.NO
    assert france["file_inspection"].absence.source_url == "https://www.inpi.fr/dossiers"
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
    (files / "samples" / "HM.csv").write_text("kind,as_printed,as_entered\npatent,1,1\n")
    with pytest.raises(ContentInvalid) as raised:
        content.read(files)
    assert {(error.path.name, error.line) for error in raised.value.errors} == {("QQ.yaml", 1), ("HM.csv", 1)}


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


def test_notes_are_loaded_per_topic_with_their_sources(loaded):
    in_files = Counter(note.topic for files in content.read() for note in files.entry.entry.notes)
    assert Counter(JurisdictionNote.objects.values_list("topic", flat=True)) == in_files
    assert set(in_files) == set(JurisdictionNote.Topic)
    assert not JurisdictionNote.objects.exclude(reviewed_on__gte=ISSUE_18_REVIEW).exists()
    assert not JurisdictionNote.objects.filter(source_url="").exists()
    norway = JurisdictionNote.objects.filter(jurisdiction__code="NO", topic="number_format")
    assert list(norway.values_list("position", flat=True)) == [1, 2]


def test_territories_without_a_patent_office_of_their_own_say_how_protection_is_obtained(loaded):
    routes = JurisdictionNote.objects.filter(topic="protection_route")
    territories = {"GG", "IM", "KY", "JE", "BM", "FK", "PR", "GU", "VI", "GP", "RE", "PF", "NC", "AW", "CW", "MO"}
    assert territories <= set(routes.values_list("jurisdiction__code", flat=True))
    assert "extension of a current UK patent" in routes.get(jurisdiction__code="KY").text
    assert "[United States](/registers/US/)" in routes.get(jurisdiction__code="PR").text


def test_links_between_jurisdiction_files_lead_to_a_file(loaded):
    texts = [note.text for note in JurisdictionNote.objects.all()]
    texts += [text["text"] for note in JurisdictionNote.objects.all() for text in note.translations.values()]
    linked = {code for text in texts for code in re.findall(r"\]\(/registers/([^/)]+)/\)", text)}
    assert linked and linked <= set(portal_jurisdictions())


def test_a_recorded_no_cites_the_page_that_says_so(loaded):
    absences = set(ColumnAbsence.objects.values_list("jurisdiction__code", "column", "source_url"))
    assert {
        ("BT", "register", "http://www.ipbhutan.gov.bt/home/page/72"),
        (
            "IM",
            "register",
            "https://www.gov.im/categories/business-and-industries/intellectual-property/patents/?iomg-device=Mobile",
        ),
    } <= absences
    # A "no" rests on a page about the missing service, never on a site's home page, and says what it found.
    for absence in ColumnAbsence.objects.all():
        address = urlsplit(absence.source_url)
        assert address.path.strip("/") or address.query, absence
        assert absence.note, absence
    assert states("IM")["register"].fact == Fact.NO
    assert states("IM")["gazette"].fact == Fact.UNKNOWN


def test_a_file_stating_no_office_leaves_the_jurisdiction_itself_unreviewed(loaded):
    # Kyrgyzstan's file holds a note only, the Isle of Man's an absence and a note.
    for code in ("KG", "IM"):
        jurisdiction = Jurisdiction.objects.get(code=code)
        assert (jurisdiction.office_name, jurisdiction.reviewed_on) == ("", None)
        assert jurisdiction.source_url == "https://www.iso.org/iso-3166-country-codes.html"
    guernsey = Jurisdiction.objects.get(code="GG")
    assert guernsey.office_name == "Guernsey Intellectual Property Office"
    assert guernsey.reviewed_on == ISSUE_18_REVIEW


def test_sample_numbers_keep_the_page_that_printed_them(loaded):
    sample = SampleNumber.objects.get(jurisdiction__code="AT", as_printed="A 1137/2003")
    assert sample.source_url == "http://pubserv.patentamt.at/PublicationServer/help_en.jsp"
    assert sample.reviewed_on == ISSUE_18_REVIEW
    # The older ones take the provenance of their jurisdiction file.
    older = SampleNumber.objects.get(jurisdiction__code="US", as_printed="US 10,000,000 B2")
    assert (older.source_url, older.reviewed_on) == ("", None)


def test_an_admin_edit_of_a_note_survives_load_content(loaded):
    note = JurisdictionNote.objects.get(jurisdiction__code="KY", topic="protection_route")
    note.text = "Curator's wording."
    note.save()
    seeder = Seeder()
    content.load(seeder)
    note.refresh_from_db()
    assert note.text == "Curator's wording."
    assert "registers/KY/notes/protection_route/1.text: kept curator edit; file differs" in seeder.report.conflicts


def test_an_office_without_a_source_or_a_note_on_an_unknown_topic_is_an_error(files):
    (files / "jurisdictions" / "KY.yaml").write_text("office_name: Registrar of Patents\n")
    (files / "jurisdictions" / "TV.yaml").write_text(
        "notes:\n- topic: gazette\n  text: Weekly.\n  source: https://example.org/\n  reviewed_on: 2026-12-02\n"
    )
    with pytest.raises(ContentInvalid) as raised:
        content.read(files)
    messages = [f"{error.path.name}:{error.line}: {error.message}" for error in raised.value.errors]
    assert "KY.yaml:1: Value error, the office and members need a source and reviewed_on" in messages
    assert any(message.startswith("TV.yaml:2: notes.0.topic: Input should be") for message in messages), messages


def test_sample_numbers_with_their_own_source_need_no_jurisdiction_file(files):
    (files / "samples" / "KY.csv").write_text(
        "kind,as_printed,as_entered,notes,source,reviewed_on\npatent,GB 1,GB1,,https://www.legislation.ky/,2026-12-02\n"
    )
    (files / "samples" / "IM.csv").write_text("kind,as_printed,as_entered\npatent,GB 1,GB1\n")
    with pytest.raises(ContentInvalid) as raised:
        content.read(files)
    assert {(error.path.name, error.message) for error in raised.value.errors} == {
        ("IM.yaml", "sample numbers without their own source need a jurisdiction file: add `file:`")
    }


def test_notes_of_the_regional_systems_and_their_members_read_in_french_spanish_and_arabic(loaded):
    """OAPI and ARIPO readers work in French, English and Spanish, GCC readers in Arabic, EAPO
    readers in Russian: every note of those systems' files is translated for them."""
    for system, languages in {"OA": {"fr", "es", "ar"}, "AP": {"fr", "es", "ar"}, "GC": {"ar"}, "EA": {"ru"}}.items():
        codes = [system, *Jurisdiction.objects.get(code=system).members.values_list("code", flat=True)]
        notes = JurisdictionNote.objects.filter(jurisdiction__code__in=codes)
        assert notes.exists(), system
        for note in notes:
            assert languages <= set(note.translations), (note.jurisdiction.code, note.topic, note.translations.keys())
