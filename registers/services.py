"""Every write to the register portal goes through these functions."""

from collections.abc import Iterable
from datetime import date, datetime

from django.core.cache import cache
from django.db import transaction

from registers.models import Jurisdiction, JurisdictionFile, Resource, SampleNumber
from registers.selectors import CONTENT_VERSION_KEY


def content_changed() -> None:
    """Retire every cached fragment of the map and table (their keys hold the content version).
    Again after commit: a page rendered meanwhile may have cached the content from before."""
    cache.delete(CONTENT_VERSION_KEY)
    transaction.on_commit(lambda: cache.delete(CONTENT_VERSION_KEY))


def _save(instance):
    instance.full_clean()
    instance.save()
    return instance


def _upsert(model, lookup: dict, values: dict):
    """update_or_create with validation; only saves when something changed, so reloading is a no-op."""
    instance = model.objects.filter(**lookup).first() or model(**lookup)
    changed = instance.pk is None
    for field, value in values.items():
        if getattr(instance, field) != value:
            setattr(instance, field, value)
            changed = True
    if changed:
        _save(instance)
    return instance


@transaction.atomic
def jurisdiction_upsert(
    *,
    code: str,
    name: str,
    kind: str,
    region: str,
    office_name: str = "",
    office_url: str = "",
    source_url: str = "",
    reviewed_on: date | None = None,
) -> Jurisdiction:
    return _upsert(
        Jurisdiction,
        {"code": code},
        {
            "name": name,
            "kind": kind,
            "region": region,
            "office_name": office_name,
            "office_url": office_url,
            "source_url": source_url,
            "reviewed_on": reviewed_on,
        },
    )


@transaction.atomic
def jurisdiction_memberships_set(*, organisation: Jurisdiction, member_codes: Iterable[str]) -> int:
    """Make exactly these states members of `organisation`; returns the number of members."""
    members = list(Jurisdiction.objects.filter(code__in=set(member_codes)))
    organisation.members.set(members)
    return len(members)


@transaction.atomic
def resource_upsert(
    *,
    jurisdiction: Jurisdiction,
    kind: str,
    url: str,
    title: str,
    languages: str = "",
    access: str = Resource.Access.FREE,
    searchable_by_number: bool | None = None,
    searchable_by_applicant: bool | None = None,
    has_api: bool | None = None,
    has_bulk_data: bool | None = None,
    notes: str = "",
    source_url: str = "",
    reviewed_on: date | None = None,
) -> Resource:
    return _upsert(
        Resource,
        {"jurisdiction": jurisdiction, "kind": kind, "url": url},
        {
            "title": title,
            "languages": languages,
            "access": access,
            "searchable_by_number": searchable_by_number,
            "searchable_by_applicant": searchable_by_applicant,
            "has_api": has_api,
            "has_bulk_data": has_bulk_data,
            "notes": notes,
            "source_url": source_url,
            "reviewed_on": reviewed_on,
        },
    )


@transaction.atomic
def jurisdiction_file_upsert(*, jurisdiction: Jurisdiction, **values) -> JurisdictionFile:
    allowed = {field.name for field in JurisdictionFile._meta.concrete_fields} - {"id", "jurisdiction"}
    unknown = set(values) - allowed
    if unknown:
        raise TypeError(f"Unknown jurisdiction file fields: {sorted(unknown)}")
    return _upsert(JurisdictionFile, {"jurisdiction": jurisdiction}, values)


@transaction.atomic
def sample_number_upsert(
    *, jurisdiction: Jurisdiction, kind: str, as_printed: str, as_entered: str, notes: str = ""
) -> SampleNumber:
    return _upsert(
        SampleNumber,
        {"jurisdiction": jurisdiction, "kind": kind, "as_printed": as_printed},
        {"as_entered": as_entered, "notes": notes},
    )


@transaction.atomic
def resource_link_record(*, url: str, ok: bool, status_code: int | None, error: str, checked_at: datetime) -> int:
    """Store one link check result on every resource with this URL; returns how many were updated."""
    updated = Resource.objects.filter(url=url).update(
        link_ok=ok, link_status_code=status_code, link_error=error[:300], link_checked_at=checked_at
    )
    content_changed()
    return updated
