"""Every write to the policies app goes through these functions."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.translation import gettext as _

from inspire.jurisdictions import continent_of
from policies.models import (
    ChecklistItem,
    ChecklistTopic,
    Institution,
    NationalVersion,
    Policy,
    PolicyDraft,
    TemplateClause,
)

NOTE_MAX_LENGTH = 4000


def _upsert(model, lookup: dict, values: dict):
    """update_or_create with validation; saves only when something changed, so reloading is a no-op."""
    instance = model.objects.filter(**lookup).first() or model(**lookup)
    changed = instance.pk is None
    for field, value in values.items():
        # Compare foreign keys by id: reading an unset relation on a new instance raises.
        current = getattr(instance, f"{field}_id") if isinstance(value, models.Model) else getattr(instance, field)
        if current != (value.pk if isinstance(value, models.Model) else value):
            setattr(instance, field, value)
            changed = True
    if changed:
        instance.full_clean()
        instance.save()
    return instance


@transaction.atomic
def institution_upsert(
    *,
    slug: str,
    name: str,
    country: str,
    kind: str,
    website: str = "",
    source_url: str,
    reviewed_on: date,
) -> Institution:
    return _upsert(
        Institution,
        {"slug": slug},
        {
            "name": name,
            "country": country,
            # The region is derived, so filters by region need no lookup table at read time.
            "continent": continent_of(country),
            "kind": kind,
            "website": website,
            "source_url": source_url,
            "reviewed_on": reviewed_on,
        },
    )


@transaction.atomic
def policy_upsert(
    *,
    institution: Institution,
    policy_type: str,
    title: str,
    year: int | None = None,
    language: str = "en",
    url: str = "",
    summary: str = "",
    source_url: str,
    reviewed_on: date,
) -> Policy:
    return _upsert(
        Policy,
        {"institution": institution, "policy_type": policy_type, "title": title},
        {
            "year": year,
            "language": language,
            "url": url,
            "summary": summary,
            "source_url": source_url,
            "reviewed_on": reviewed_on,
        },
    )


@transaction.atomic
def checklist_topic_upsert(
    *, key: str, order: int, title: str, summary: str, guideline: str, source_url: str, reviewed_on: date
) -> ChecklistTopic:
    return _upsert(
        ChecklistTopic,
        {"key": key},
        {
            "order": order,
            "title": title,
            "summary": summary,
            "guideline": guideline,
            "source_url": source_url,
            "reviewed_on": reviewed_on,
        },
    )


@transaction.atomic
def checklist_item_upsert(
    *, topic: ChecklistTopic, key: str, order: int, question: str, explanation: str
) -> ChecklistItem:
    return _upsert(
        ChecklistItem, {"key": key}, {"topic": topic, "order": order, "question": question, "explanation": explanation}
    )


@transaction.atomic
def template_clause_upsert(
    *, item: ChecklistItem, key: str, order: int, label: str, text: str, guideline: str, is_default: bool = False
) -> TemplateClause:
    return _upsert(
        TemplateClause,
        {"item": item, "key": key},
        {"order": order, "label": label, "text": text, "guideline": guideline, "is_default": is_default},
    )


@transaction.atomic
def national_version_upsert(
    *,
    country: str,
    title: str,
    year: int | None = None,
    description: str,
    law_references: str = "",
    url: str = "",
    source_url: str,
    reviewed_on: date,
) -> NationalVersion:
    return _upsert(
        NationalVersion,
        {"country": country},
        {
            "title": title,
            "year": year,
            "description": description,
            "law_references": law_references,
            "url": url,
            "source_url": source_url,
            "reviewed_on": reviewed_on,
        },
    )


@transaction.atomic
def draft_create(
    *,
    owner,
    title: str,
    institution_name: str,
    office_name: str = "",
    country: str = "",
    answers: dict | None = None,
) -> PolicyDraft:
    draft = PolicyDraft(
        owner=owner,
        title=title.strip(),
        institution_name=institution_name.strip(),
        office_name=office_name.strip() or PolicyDraft._meta.get_field("office_name").default,
        country=country,
    )
    _validate(draft, answers=answers)
    draft.save()
    return draft


@transaction.atomic
def draft_update(
    *,
    draft: PolicyDraft,
    title: str | None = None,
    institution_name: str | None = None,
    office_name: str | None = None,
    country: str | None = None,
    answers: dict | None = None,
) -> PolicyDraft:
    """Change the details given (None leaves one as it is) and merge `answers`; all or nothing is saved."""
    draft = PolicyDraft.objects.select_for_update().get(pk=draft.pk)
    for field, value in {
        "title": title,
        "institution_name": institution_name,
        "office_name": office_name,
        "country": country,
    }.items():
        if value is not None:
            setattr(draft, field, value.strip())
    _validate(draft, answers=answers)
    draft.save()
    return draft


def _clean_answers(answers: dict) -> dict[str, dict[str, str]]:
    """Checks every answer names a real checklist item and one of its clauses; raises ValidationError."""
    if not isinstance(answers, dict):
        raise ValidationError({"answers": _("Answers must be an object keyed by checklist item.")})
    clauses_by_item: dict[str, set[str]] = {}
    for item_key, clause_key in TemplateClause.objects.filter(item__key__in=list(answers)).values_list(
        "item__key", "key"
    ):
        clauses_by_item.setdefault(item_key, set()).add(clause_key)
    errors: dict[str, str] = {}
    cleaned: dict[str, dict[str, str]] = {}
    for item_key, answer in answers.items():
        if item_key not in clauses_by_item:
            errors[str(item_key)] = _("There is no checklist item with this key.")
            continue
        if not isinstance(answer, dict):
            errors[item_key] = _('Give an object: {"clause": "<key>", "note": "<text>"}.')
            continue
        clause = answer.get("clause", "")
        note = answer.get("note", "") or ""
        if not isinstance(clause, str) or not isinstance(note, str):
            errors[item_key] = _("The clause and the note must be text.")
        elif clause and clause not in clauses_by_item[item_key]:
            errors[item_key] = _("“%(clause)s” is not one of the choices for this item.") % {"clause": clause}
        elif len(note) > NOTE_MAX_LENGTH:
            errors[item_key] = _("Notes are limited to %(n)d characters.") % {"n": NOTE_MAX_LENGTH}
        else:
            cleaned[item_key] = {"clause": clause, "note": note.strip()}
    if errors:
        raise ValidationError({"answers": [f"{key}: {message}" for key, message in errors.items()]})
    return cleaned


def _validate(draft: PolicyDraft, *, answers: dict | None) -> None:
    """Merge `answers` into the draft and check all of it, raising one ValidationError naming every
    problem, so a caller learns about a bad title and a bad answer at once and nothing is half saved."""
    errors: dict[str, list[str]] = {}
    if answers is not None:
        try:
            draft.answers = {**draft.answers, **_clean_answers(answers)}
        except ValidationError as error:
            errors.update(error.message_dict)
    try:
        draft.full_clean()
    except ValidationError as error:
        for field, messages in error.message_dict.items():
            errors.setdefault(field, []).extend(messages)
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def draft_answers_save(*, draft: PolicyDraft, answers: dict, step: str = "") -> PolicyDraft:
    """Merge `answers` ({item_key: {"clause", "note"}}) into the draft and remember the step reached."""
    draft = PolicyDraft.objects.select_for_update().get(pk=draft.pk)
    if step:
        draft.last_step = step
    _validate(draft, answers=answers)
    draft.save()
    return draft


@transaction.atomic
def draft_delete(*, draft: PolicyDraft) -> None:
    draft.delete()
