"""Every write to the policies app goes through these functions."""

from typing import TYPE_CHECKING, TypeVar

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.translation import gettext as _

from inspire.content.schema import translations_values
from inspire.content.seeding import Seeder
from inspire.jurisdictions import continent_of
from policies.models import (
    ChecklistItem,
    ChecklistTopic,
    Institution,
    NationalVersion,
    Policy,
    PolicyDraft,
    RegionalVersion,
    TemplateClause,
)

if TYPE_CHECKING:
    from policies.content.schema import InstitutionEntry, NationalEntry, RegionalEntry, TopicEntry

M = TypeVar("M", bound=models.Model)
NOTE_MAX_LENGTH = 4000


@transaction.atomic
def institution_seed(*, slug: str, entry: "InstitutionEntry", seeder: Seeder) -> Institution | None:
    """Seed one institution and its policies from its content file (see inspire.content.seeding)."""
    institution = seeder.seed(
        Institution,
        key=f"policies/institution/{slug}",
        lookup={"slug": slug},
        values={
            "name": entry.name,
            "country": entry.country,
            # The region is derived, so filters by region need no lookup table at read time.
            "continent": continent_of(entry.country),
            "kind": entry.kind.value,
            "website": entry.website or "",
            "source_url": entry.source,
            "reviewed_on": entry.reviewed_on,
        },
    )
    if institution is None:
        return None
    for policy in entry.policies:
        seeder.seed(
            Policy,
            key=f"policies/policy/{slug}/{policy.natural_key}",
            lookup={"institution": institution, "key": policy.natural_key},
            values={
                "policy_type": policy.type.value,
                "title": policy.title,
                "year": policy.year,
                "language": policy.language,
                "url": policy.url or "",
                "summary": policy.summary,
                "ownership": policy.ownership,
                "inventor_share": policy.inventor_share,
                "patenting_decision": policy.patenting_decision,
                "terms_source_url": policy.terms_source or "",
                "source_url": policy.source,
                "reviewed_on": policy.reviewed_on,
            },
        )
    return institution


@transaction.atomic
def checklist_topic_seed(*, key: str, entry: "TopicEntry", seeder: Seeder) -> ChecklistTopic | None:
    """Seed one checklist topic, its questions and their template clauses, in the order of the file."""
    topic = seeder.seed(
        ChecklistTopic,
        key=f"policies/topic/{key}",
        lookup={"key": key},
        values={
            "order": entry.order,
            "title": entry.title,
            "summary": entry.summary,
            "guideline": entry.guideline,
            "source_url": entry.source,
            "reviewed_on": entry.reviewed_on,
        },
    )
    if topic is None:
        return None
    for item_order, item_entry in enumerate(entry.items, start=1):
        item = seeder.seed(
            ChecklistItem,
            key=f"policies/item/{item_entry.key}",
            lookup={"key": item_entry.key},
            values={
                "topic": topic,
                "order": item_order,
                "question": item_entry.question,
                "explanation": item_entry.explanation,
                "translations": translations_values(item_entry.translations),
            },
        )
        if item is None:
            continue
        for clause_order, clause in enumerate(item_entry.clauses, start=1):
            seeder.seed(
                TemplateClause,
                key=f"policies/clause/{item_entry.key}/{clause.key}",
                lookup={"item": item, "key": clause.key},
                values={
                    "order": clause_order,
                    "label": clause.label,
                    "translations": translations_values(clause.translations),
                    "text": clause.text,
                    "guideline": clause.guideline,
                    "is_default": clause.default,
                },
            )
    return topic


@transaction.atomic
def national_version_seed(*, entry: "NationalEntry", seeder: Seeder) -> NationalVersion | None:
    return seeder.seed(
        NationalVersion,
        key=f"policies/national/{entry.country}",
        lookup={"country": entry.country},
        values={
            "title": entry.title,
            "year": entry.year,
            "description": entry.description,
            "law_references": entry.law_references,
            "url": entry.url or "",
            "source_url": entry.source,
            "reviewed_on": entry.reviewed_on,
        },
    )


@transaction.atomic
def regional_version_seed(*, slug: str, entry: "RegionalEntry", seeder: Seeder) -> RegionalVersion | None:
    return seeder.seed(
        RegionalVersion,
        key=f"policies/regional/{slug}",
        lookup={"slug": slug},
        values={
            "region": entry.region,
            "title": entry.title,
            "year": entry.year,
            "description": entry.description,
            # The field stores countries sorted; sorting here keeps a reload from seeing a change.
            "members": sorted(entry.members),
            "members_source_url": entry.members_source,
            "url": entry.url or "",
            "source_url": entry.source,
            "reviewed_on": entry.reviewed_on,
        },
    )


@transaction.atomic
def institution_save(*, institution: Institution) -> Institution:
    """A curator's change to an institution; its region follows its country."""
    institution.continent = continent_of(str(institution.country))
    return curated_save(instance=institution)


@transaction.atomic
def curated_save(*, instance: M) -> M:
    """A curator's change to curated content in the admin: validated, then saved."""
    instance.full_clean()
    instance.save()
    return instance


@transaction.atomic
def curated_delete(*, instance: models.Model) -> None:
    instance.delete()


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
