"""The Policy Writer's checklist in the reader's language: questions, their explanations and the
choices, from the content files, English (marked as such) where no translation is recorded."""

import pytest

from inspire.content.seeding import Seeder
from policies import content
from policies.models import ChecklistItem
from policies.tests.factories import ChecklistItemFactory, TemplateClauseFactory

pytestmark = pytest.mark.django_db


def test_the_toolkit_reads_the_checklist_in_the_readers_language(client):
    item = ChecklistItemFactory(
        question="Who owns inventions by staff?",
        translations={"es": {"question": "¿Quién es titular de las invenciones del personal?"}},
    )
    TemplateClauseFactory(item=item, label="The institution", translations={"es": {"label": "La institución"}})
    spanish = client.get("/es/policies/toolkit/").content.decode()
    assert "¿Quién es titular de las invenciones del personal?" in spanish
    assert "<strong>La institución</strong>" in spanish
    # The explanation has no Spanish yet: shown in English and marked as English.
    assert '<span class="muted" lang="en">Why it matters.</span>' in spanish
    english = client.get("/policies/toolkit/").content.decode()
    assert "Who owns inventions by staff?" in english and "¿Quién" not in english


def test_checklist_translations_load_from_the_content_files():
    content.load(Seeder())
    item = ChecklistItem.objects.get(key="ownership-staff")
    assert set(item.translations) == {"fr", "es", "ar", "ru", "zh-hans"}
    assert item.translations["fr"]["question"]
    assert all(set(clause.translations) == set(item.translations) for clause in item.clauses.all())
