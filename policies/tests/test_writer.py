import io

import pytest
from django.urls import reverse
from django.utils import translation
from docx import Document

from inspire.testing import assert_constant_queries
from policies import services
from policies.models import PolicyDraft
from policies.tests.factories import NationalVersionFactory, PolicyDraftFactory

WRITER = "/policies/writer/"


def _step(draft, key):
    return reverse("policies:draft-step", args=[draft.pk, key])


def test_an_anonymous_visitor_who_posts_the_start_form_is_sent_to_sign_in_and_nothing_is_saved(client, checklist):
    response = client.post(WRITER, {"title": "IP Policy", "institution_name": "Example University"})
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/policies/writer/"
    assert not PolicyDraft.objects.exists()


def test_starting_a_draft_opens_the_first_step(client, user, checklist):
    client.force_login(user)
    response = client.post(
        WRITER, {"title": "IP Policy", "institution_name": "Example University", "office_name": "TTO", "country": "KE"}
    )
    draft = PolicyDraft.objects.get(owner=user)
    assert response["Location"] == _step(draft, "ownership")
    assert draft.country == "KE"


def test_starting_a_draft_without_a_title_shows_the_error(client, user, checklist):
    client.force_login(user)
    response = client.post(WRITER, {"title": "", "institution_name": "Example University"})
    assert response.status_code == 400
    assert response.context["form"].errors["title"]
    assert not PolicyDraft.objects.exists()


def test_each_choice_shows_its_template_clause_filled_in_and_guideline(client, user, checklist, draft):
    client.force_login(user)
    body = client.get(_step(draft, "ownership")).content.decode()
    assert "Example University owns inventions." in body
    assert "Creators own inventions." in body
    assert "Choose it when in doubt." in body


def test_saving_a_step_stores_answers_and_moves_on(client, user, checklist, draft):
    client.force_login(user)
    response = client.post(
        _step(draft, "ownership"),
        {
            "owner-staff__clause": "creator",
            "owner-staff__note": "Except software.",
            "owner-students__clause": "student",
        },
    )
    assert response["Location"] == _step(draft, "revenue")
    draft.refresh_from_db()
    assert draft.answers["owner-staff"] == {"clause": "creator", "note": "Except software."}
    assert draft.last_step == "ownership"


def test_missing_choice_is_a_form_error_and_nothing_is_saved(client, user, checklist, draft):
    client.force_login(user)
    response = client.post(_step(draft, "ownership"), {"owner-staff__clause": "creator"})
    assert response.status_code == 400
    assert "Choose one option for this question." in response.content.decode()
    draft.refresh_from_db()
    assert draft.answers == {}


def test_forged_choice_is_a_form_error(client, user, checklist, draft):
    client.force_login(user)
    response = client.post(
        _step(draft, "ownership"), {"owner-staff__clause": "<script>", "owner-students__clause": "student"}
    )
    assert response.status_code == 400


def test_resuming_returns_to_the_first_unfinished_step_with_saved_answers(client, user, checklist, draft):
    services.draft_answers_save(
        draft=draft,
        answers={"owner-staff": {"clause": "creator"}, "owner-students": {"clause": "student"}},
        step="ownership",
    )
    client.force_login(user)
    response = client.get(draft.get_absolute_url())
    assert response.context["resume"] == "revenue"
    step = client.get(_step(draft, "ownership"))
    assert step.context["form"]["owner-staff__clause"].value() == "creator"


def test_last_step_leads_to_a_preview_with_the_chosen_clauses(client, user, checklist, draft):
    client.force_login(user)
    client.post(_step(draft, "ownership"), {"owner-staff__clause": "institution", "owner-students__clause": "student"})
    response = client.post(_step(draft, "revenue"), {"shares__clause": "thirds", "shares__note": "<script>x</script>"})
    assert response["Location"] == reverse("policies:draft-preview", args=[draft.pk])
    body = client.get(response["Location"]).content.decode()
    assert "Example University owns inventions." in body
    assert "Technology Transfer Office shares income in thirds." in body
    assert "<script>x" not in body


def test_markdown_download_contains_the_draft(client, user, checklist, draft):
    services.draft_answers_save(draft=draft, answers={"owner-staff": {"clause": "institution", "note": "Note A"}})
    client.force_login(user)
    response = client.get(reverse("policies:draft-download", args=[draft.pk, "md"]))
    text = response.content.decode()
    assert response["Content-Disposition"] == 'attachment; filename="our-ip-policy.md"'
    assert text.startswith("# Our IP Policy")
    assert "## 1. Definitions" in text
    assert "## 2. Ownership" in text and "**2.1** Example University owns inventions." in text and "Note A" in text


def test_docx_download_is_a_word_document_with_the_clauses(client, user, checklist, draft):
    services.draft_answers_save(draft=draft, answers={"shares": {"clause": "thirds"}})
    client.force_login(user)
    response = client.get(reverse("policies:draft-download", args=[draft.pk, "docx"]))
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    paragraphs = [p.text for p in Document(io.BytesIO(response.content)).paragraphs]
    assert "Our IP Policy" in paragraphs
    assert "Technology Transfer Office shares income in thirds." in paragraphs


def test_the_docx_carries_its_title_author_and_language_and_speaks_the_readers_language(client, user, checklist, draft):
    client.force_login(user)
    with translation.override("fr"):
        url = reverse("policies:draft-download", args=[draft.pk, "docx"])
    assert url.startswith("/fr/")
    document = Document(io.BytesIO(client.get(url).content))
    assert document.core_properties.title == "Our IP Policy"
    assert document.core_properties.author == draft.institution_name
    assert document.core_properties.language == "fr"
    assert any(p.text.startswith(f"Projet pour {draft.institution_name}") for p in document.paragraphs)


def test_a_draft_saved_with_control_characters_still_downloads_as_docx(client, api_client, user, checklist):
    draft = PolicyDraftFactory(owner=user, title="Our\x0b IP\x1f Policy", institution_name="Uni\x0cversity")
    services.draft_answers_save(draft=draft, answers={"shares": {"clause": "thirds", "note": "Shares\x08 change."}})
    client.force_login(user)
    api_client.force_authenticate(user)
    for response in (
        client.get(reverse("policies:draft-download", args=[draft.pk, "docx"])),
        api_client.get(f"/api/v1/policies/drafts/{draft.pk}/document/?download=docx"),
    ):
        assert response.status_code == 200
        paragraphs = [p.text for p in Document(io.BytesIO(response.content)).paragraphs]
        assert "Our IP Policy" in paragraphs
        assert "Shares change." in paragraphs


def test_a_title_with_a_control_character_is_refused_with_a_form_error(client, user, checklist):
    client.force_login(user)
    response = client.post(WRITER, {"title": "IP\x0b Policy", "institution_name": "Example University"})
    assert response.status_code == 400
    assert response.context["form"].errors["title"] == ["Remove the control character U+000B from this text."]
    assert not PolicyDraft.objects.exists()


def test_unknown_download_format_is_404(client, user, checklist, draft):
    client.force_login(user)
    assert client.get(reverse("policies:draft-download", args=[draft.pk, "pdf"])).status_code == 404


@pytest.mark.parametrize("name", ["policies:draft", "policies:draft-preview"])
def test_another_user_gets_404_for_someone_elses_draft(client, other_user, checklist, draft, name):
    client.force_login(other_user)
    assert client.get(reverse(name, args=[draft.pk])).status_code == 404


def test_another_user_cannot_answer_download_or_delete_a_draft(client, other_user, checklist, draft):
    client.force_login(other_user)
    assert client.post(_step(draft, "ownership"), {"owner-staff__clause": "creator"}).status_code == 404
    assert client.get(reverse("policies:draft-download", args=[draft.pk, "docx"])).status_code == 404
    assert client.post(reverse("policies:draft-delete", args=[draft.pk])).status_code == 404
    assert PolicyDraft.objects.filter(pk=draft.pk).exists()


def test_writer_lists_only_your_own_drafts(client, user, other_user, checklist, draft):
    PolicyDraftFactory(owner=other_user, title="Secret draft")
    client.force_login(user)
    body = client.get(WRITER).content.decode()
    assert "Our IP Policy" in body and "Secret draft" not in body


def test_owner_deletes_a_draft(client, user, checklist, draft):
    client.force_login(user)
    response = client.post(reverse("policies:draft-delete", args=[draft.pk]))
    assert response.status_code == 302
    assert not PolicyDraft.objects.exists()


def test_writer_page_query_count_does_not_grow(client, user, checklist):
    client.force_login(user)
    assert_constant_queries(client, WRITER, lambda: PolicyDraftFactory.create_batch(3, owner=user))


def test_draft_for_a_country_with_a_national_version_cites_its_laws(client, user, checklist):
    NationalVersionFactory(
        country="JO",
        title="National model",
        description="A model.",
        law_references="- Patents of Invention Law No. 32 of 1999",
    )
    draft = services.draft_create(owner=user, title="Policy", institution_name="Amman Test University", country="JO")
    client.force_login(user)
    response = client.get(reverse("policies:draft-preview", args=[draft.pk]))
    body = response.content.decode()
    assert "A national version exists for your country" in body
    assert "Legal framework" in body and "Patents of Invention Law No. 32 of 1999" in body


def test_going_back_saves_the_step_first(client, user, checklist, draft):
    client.force_login(user)
    response = client.post(_step(draft, "revenue"), {"shares__clause": "thirds", "go": "previous"})
    assert response["Location"] == _step(draft, "ownership")
    draft.refresh_from_db()
    assert draft.answers["shares"]["clause"] == "thirds"


def test_unknown_step_is_404(client, user, checklist, draft):
    client.force_login(user)
    assert client.get(_step(draft, "no-such-topic")).status_code == 404


def test_owner_renames_the_draft_and_bad_details_are_form_errors(client, user, checklist, draft):
    client.force_login(user)
    url = draft.get_absolute_url()
    ok = client.post(url, {"title": "Renamed", "institution_name": "Example University", "office_name": "TTO"})
    assert ok.status_code == 302
    draft.refresh_from_db()
    assert draft.title == "Renamed"
    bad = client.post(
        url, {"title": "", "institution_name": "Example University", "office_name": "TTO", "country": "ZZ"}
    )
    assert bad.status_code == 400
    assert set(bad.context["form"].errors) == {"title", "country"}


def test_writer_still_works_before_the_checklist_is_loaded(client, user, db):
    client.force_login(user)
    response = client.post(WRITER, {"title": "Early", "institution_name": "Example University", "office_name": "TTO"})
    draft = PolicyDraft.objects.get(owner=user)
    assert response["Location"] == draft.get_absolute_url()
    assert client.get(draft.get_absolute_url()).status_code == 200
