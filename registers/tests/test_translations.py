"""Jurisdiction notes in the reader's language: translated where a translation is recorded,
English with an "English only" note where not; from the content files and the admin alike."""

import datetime
import shutil

import pytest
import yaml

from inspire.content.files import ContentInvalid
from inspire.content.seeding import Seeder
from registers import content
from registers.admin import JurisdictionFileInline, JurisdictionNoteInline
from registers.models import JurisdictionFile, JurisdictionNote
from registers.tests.factories import JurisdictionFileFactory, JurisdictionNoteFactory

pytestmark = pytest.mark.django_db
ENGLISH = "The BOPI comes out every Thursday."
AU_FIRST_TOPIC = "register_contents"
FRENCH = "Le BOPI paraît chaque jeudi."


def test_a_note_reads_in_the_readers_language(client, france):
    JurisdictionNoteFactory(jurisdiction=france, text=ENGLISH, translations={"fr": {"text": FRENCH}})
    french = client.get("/fr/registers/FR/").content.decode()
    assert FRENCH in french and ENGLISH not in french
    assert 'class="english-only"' not in french
    english = client.get("/registers/FR/").content.decode()
    assert ENGLISH in english and FRENCH not in english and 'class="english-only"' not in english


def test_an_untranslated_note_is_marked_as_english_for_readers_and_screen_readers(client, france):
    JurisdictionNoteFactory(jurisdiction=france, text=ENGLISH, translations={"fr": {"text": FRENCH}})
    russian = client.get("/ru/registers/FR/").content.decode()
    assert f'<div lang="en"><p>{ENGLISH}</p>' in russian
    assert '<p class="english-only">' in russian


def _with_french_note_translation(root, text: str, language: str = "fr") -> None:
    path = root / "jurisdictions" / "AU.yaml"  # a file whose notes have no translations yet
    lines = path.read_text().splitlines()
    notes_start = lines.index("notes:")
    first_note_end = next(n for n, line in enumerate(lines) if n > notes_start and line.startswith("  reviewed_on:"))
    lines[first_note_end + 1 : first_note_end + 1] = ["  translations:", f"    {language}:", f"      text: {text}"]
    path.write_text("\n".join(lines) + "\n")


@pytest.fixture
def files(tmp_path):
    shutil.copytree(content.ROOT / "jurisdictions", tmp_path / "jurisdictions")
    shutil.copytree(content.ROOT / "samples", tmp_path / "samples")
    return tmp_path


def test_translations_in_the_content_file_are_loaded_beside_the_source(files):
    _with_french_note_translation(files, "L'office tient un registre des brevets délivrés.")
    content.load(Seeder(), root=files)
    note = JurisdictionNote.objects.get(jurisdiction__code="AU", topic=AU_FIRST_TOPIC, position=1)
    assert note.translations == {"fr": {"text": "L'office tient un registre des brevets délivrés."}}


def test_a_translation_into_a_language_the_hub_does_not_speak_is_an_error(files):
    _with_french_note_translation(files, "Das Amt führt ein Register.", language="de")
    with pytest.raises(ContentInvalid, match="translations"):
        content.read(files)


def test_the_admin_edits_each_translation_beside_the_english(france):
    note = JurisdictionNoteFactory(jurisdiction=france, text=ENGLISH, translations={"fr": {"text": FRENCH}})
    form_class = JurisdictionNoteInline.form
    assert form_class(instance=note).initial["text_fr"] == FRENCH
    data = {
        "jurisdiction": france.pk,
        "topic": note.topic,
        "position": note.position,
        "text": ENGLISH,
        "text_fr": FRENCH,
        "text_es": "El BOPI se publica cada jueves.",
        "text_ru": "",
        "source_url": note.source_url,
        "reviewed_on": datetime.date(2026, 12, 2),
    }
    form = form_class(data=data, instance=note)
    assert form.is_valid(), form.errors
    form.save()
    note.refresh_from_db()
    assert note.translations == {"fr": {"text": FRENCH}, "es": {"text": "El BOPI se publica cada jueves."}}


FILE_TIP_EN = "Search by grant number without the kind code."
FILE_TIP_ES = "Busque por el número de concesión sin el código de tipo."


def test_the_jurisdiction_file_reads_in_the_readers_language_with_english_marked_where_untranslated(client, france):
    JurisdictionFileFactory(
        jurisdiction=france,
        search_tips=FILE_TIP_EN,
        how_to_search="Open the register.",
        translations={"es": {"search_tips": FILE_TIP_ES}},
    )
    spanish = client.get("/es/registers/FR/").content.decode()
    assert f"<p>{FILE_TIP_ES}</p>" in spanish and FILE_TIP_EN not in spanish
    # The file's other prose has no Spanish yet: English, said to be English.
    assert '<div lang="en"><p>Open the register.</p></div><p class="english-only">' in spanish
    english = client.get("/registers/FR/").content.decode()
    assert FILE_TIP_EN in english and FILE_TIP_ES not in english and 'class="english-only"' not in english


def test_file_translations_in_the_content_file_are_loaded_and_edited_side_by_side(files):
    path = files / "jurisdictions" / "EP.yaml"
    entry = yaml.safe_load(path.read_text())
    entry["file"]["translations"] = {"fr": {"search_tips": "Utilisez l'onglet *Statut juridique*."}}
    path.write_text(yaml.safe_dump(entry, allow_unicode=True))
    content.load(Seeder(), root=files)
    file = JurisdictionFile.objects.get(jurisdiction__code="EP")
    assert file.translations == {"fr": {"search_tips": "Utilisez l'onglet *Statut juridique*."}}
    assert (
        JurisdictionFileInline.form(instance=file).initial["search_tips_fr"] == "Utilisez l'onglet *Statut juridique*."
    )
