import datetime
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

from databases import content
from databases.models import Coverage, DatabaseFeature, PatentDatabase
from inspire.content.seeding import Seeder

pytestmark = pytest.mark.django_db


def load() -> str:
    return content.load(Seeder())


def snapshot() -> tuple:
    return (
        list(PatentDatabase.objects.order_by("slug").values_list("slug", "name", "url", "access", "aspi")),
        list(Coverage.objects.order_by("pk").values_list("pk", "jurisdiction", "document_kind", "level", "from_year")),
        list(DatabaseFeature.objects.order_by("pk").values_list("pk", "feature", "note")),
    )


def test_curated_content_keeps_all_49_databases_each_with_source_and_review_date():
    summary = load()
    assert summary.startswith("49 patent databases with ")
    assert Coverage.objects.count() >= 193  # the facts there were before they became data files
    databases = PatentDatabase.objects.published()
    assert databases.count() == 49
    assert DatabaseFeature.objects.count() == 243
    for database in databases:
        assert database.source_url.startswith(("https://", "http://"))
        assert database.reviewed_on == datetime.date(2026, 11, 24)
        assert database.coverage.exists(), database.slug
        assert database.features.exists(), database.slug
    kinds = set(databases.values_list("kind", flat=True))
    assert kinds == {choice for choice, _label in PatentDatabase.Kind.choices}


def test_every_database_summary_reads_in_the_six_un_languages():
    load()
    for database in PatentDatabase.objects.all():
        assert set(database.translations) == {"ar", "zh-hans", "fr", "ru", "es"}, database.slug
        assert all(texts["summary"] for texts in database.translations.values()), database.slug


def test_loading_content_twice_changes_nothing():
    load()
    first = snapshot()
    load()
    assert snapshot() == first


def test_well_known_services_are_described_with_their_real_addresses():
    load()
    urls = dict(PatentDatabase.objects.values_list("slug", "url"))
    assert urls["espacenet"] == "https://worldwide.espacenet.com/"
    assert urls["patentscope"] == "https://patentscope.wipo.int/"
    assert urls["google-patents"] == "https://patents.google.com/"
    assert urls["the-lens"] == "https://www.lens.org/"
    assert urls["j-platpat"] == "https://www.j-platpat.inpit.go.jp/"
    assert urls["depatisnet"] == "https://depatisnet.dpma.de/"


def test_aspi_is_recorded_only_where_wipo_names_the_provider_and_otherwise_not_recorded():
    load()
    assert set(PatentDatabase.objects.filter(aspi=True).values_list("slug", flat=True)) == {
        "derwent-innovation",
        "orbit-intelligence",
        "patbase",
        "totalpatent-one",
        "wips-global",
    }
    assert not PatentDatabase.objects.filter(aspi=False).exists()


@pytest.fixture
def content_copy(tmp_path, monkeypatch) -> Path:
    """Espacenet and PATENTSCOPE's files in a folder the loader reads instead of the real one."""
    for slug in ("espacenet", "patentscope"):
        for folder, suffix in (("databases", "yaml"), ("coverage", "csv")):
            (tmp_path / folder).mkdir(exist_ok=True)
            shutil.copy(content.ROOT / folder / f"{slug}.{suffix}", tmp_path / folder / f"{slug}.{suffix}")
    monkeypatch.setattr(content, "ROOT", tmp_path)
    return tmp_path


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))


def test_a_curators_edit_survives_a_reload_and_is_reported(content_copy, capsys):
    call_command("load_content", "--only", "databases")
    espacenet = PatentDatabase.objects.get(slug="espacenet")
    espacenet.tips = "Curator's tip"
    espacenet.save()

    call_command("load_content", "--only", "databases")

    espacenet.refresh_from_db()
    assert espacenet.tips == "Curator's tip"
    assert "databases/espacenet.tips: kept curator edit; file differs" in capsys.readouterr().out


def test_a_changed_file_value_reaches_a_row_nobody_edited(content_copy):
    call_command("load_content", "--only", "databases")
    edit(content_copy / "databases" / "patentscope.yaml", "provider: ", "provider: Changed ")
    edit(content_copy / "coverage" / "espacenet.csv", "EP,grants,full_text,yes,1980", "EP,grants,full_text,yes,1981")

    call_command("load_content", "--only", "databases")

    assert PatentDatabase.objects.get(slug="patentscope").provider.startswith("Changed ")
    assert Coverage.objects.get(database__slug="espacenet", jurisdiction="EP", document_kind="grants").from_year == 1981


def test_force_overwrites_a_curators_edit(content_copy):
    call_command("load_content", "--only", "databases")
    PatentDatabase.objects.filter(slug="espacenet").update(tips="Curator's tip")

    call_command("load_content", "--only", "databases", "--force")

    assert PatentDatabase.objects.get(slug="espacenet").tips != "Curator's tip"


def test_an_entry_removed_from_the_files_is_reported_and_kept(content_copy, capsys):
    call_command("load_content", "--only", "databases")
    (content_copy / "databases" / "patentscope.yaml").unlink()
    (content_copy / "coverage" / "patentscope.csv").unlink()

    call_command("load_content", "--only", "databases")

    assert PatentDatabase.objects.filter(slug="patentscope").exists()
    assert "databases/patentscope: no longer in the files; kept in the database" in capsys.readouterr().out


def test_a_row_a_curator_deleted_is_not_created_again(content_copy, capsys):
    call_command("load_content", "--only", "databases")
    PatentDatabase.objects.filter(slug="patentscope").delete()

    call_command("load_content", "--only", "databases")

    assert not PatentDatabase.objects.filter(slug="patentscope").exists()
    assert "databases/patentscope: deleted by a curator; not re-created" in capsys.readouterr().out


def test_an_invalid_file_loads_nothing_and_names_file_and_line(content_copy):
    from django.core.management.base import CommandError

    edit(content_copy / "databases" / "espacenet.yaml", "access: free", "access: gratis")
    edit(content_copy / "coverage" / "patentscope.csv", "\nWO,", "\nXX,")

    with pytest.raises(CommandError) as raised:
        call_command("load_content", "--only", "databases")

    message = str(raised.value)
    assert "databases/espacenet.yaml:5: access:" in message
    assert "coverage/patentscope.csv:2: jurisdiction: Value error, XX is not a WIPO ST.3" in message
    assert not PatentDatabase.objects.exists()


def test_content_check_prints_file_line_and_message_for_each_error(content_copy, capsys):
    from django.core.management.base import CommandError

    edit(content_copy / "databases" / "espacenet.yaml", "source: https://www.epo.org", "source: https://www.scribd.com")
    with pytest.raises(CommandError, match="1 error"):
        call_command("content_check")
    error = capsys.readouterr().err
    assert "espacenet.yaml:" in error
    assert "scribd.com re-hosts documents; cite the publisher's own page" in error


def test_rows_loaded_before_load_records_were_kept_are_kept_unless_adopted(content_copy, capsys):
    from inspire.content.models import LoadedEntry

    call_command("load_content", "--only", "databases")
    LoadedEntry.objects.all().delete()  # as on a site loaded by the old, always-overwriting loader
    PatentDatabase.objects.filter(slug="espacenet").update(provider="Old provider text")

    call_command("load_content", "--only", "databases")
    assert PatentDatabase.objects.get(slug="espacenet").provider == "Old provider text"
    assert "databases/espacenet.provider: kept curator edit; file differs" in capsys.readouterr().out

    call_command("load_content", "--only", "databases", "--adopt")
    assert PatentDatabase.objects.get(slug="espacenet").provider == "European Patent Office (EPO)"


def test_prune_deletes_what_left_the_files_but_keeps_what_a_curator_touched(content_copy, capsys):
    call_command("load_content", "--only", "databases")
    (content_copy / "databases" / "patentscope.yaml").unlink()
    (content_copy / "coverage" / "patentscope.csv").unlink()
    edit(content_copy / "coverage" / "espacenet.csv", "EP,grants,full_text,yes,1980,,,,\n", "")
    edit(content_copy / "coverage" / "espacenet.csv", "EP,applications,legal_status,yes,,,,,\n", "")
    espacenet = Coverage.objects.filter(database__slug="espacenet", jurisdiction="EP")
    espacenet.filter(level="legal_status").update(note="Checked by a curator")

    call_command("load_content", "--only", "databases", "--prune")

    out = capsys.readouterr().out
    assert not PatentDatabase.objects.filter(slug="patentscope").exists()
    assert not Coverage.objects.filter(database__slug="patentscope").exists()
    assert "databases/patentscope: no longer in the files; deleted" in out
    assert not espacenet.filter(document_kind="grants", level="full_text").exists()
    assert espacenet.get(level="legal_status").note == "Checked by a curator"
    kept = "databases/espacenet/coverage/EP/applications/legal_status"
    assert f"{kept}: no longer in the files; kept: a curator changed note" in out


def test_prune_keeps_a_row_that_rows_added_since_depend_on(content_copy, capsys):
    call_command("load_content", "--only", "databases")
    database = PatentDatabase.objects.get(slug="patentscope")
    Coverage.objects.create(database=database, jurisdiction="KE", document_kind="grants", level="bibliographic")
    (content_copy / "databases" / "patentscope.yaml").unlink()
    (content_copy / "coverage" / "patentscope.csv").unlink()

    call_command("load_content", "--only", "databases", "--prune")  # Espacenet's file keeps the loader going

    assert PatentDatabase.objects.filter(slug="patentscope").exists()
    assert Coverage.objects.filter(database=database, jurisdiction="KE").exists()
    assert (
        "databases/patentscope: no longer in the files; kept: rows added since depend on it" in capsys.readouterr().out
    )
