"""Every write to the register portal goes through these functions."""

from datetime import datetime
from typing import TYPE_CHECKING

from django.db import transaction

from inspire.cache import retire_version
from inspire.content.schema import translations_values
from inspire.content.seeding import Seeder
from inspire.jurisdictions import OTHER_BODIES, REGIONAL_OFFICES, portal_jurisdictions, region_of
from registers.models import ColumnAbsence, Jurisdiction, JurisdictionFile, JurisdictionNote, Resource, SampleNumber
from registers.selectors import CONTENT_VERSION_KEY

if TYPE_CHECKING:
    from registers.content.schema import JurisdictionEntry, SampleRow


ISO_SOURCE = "https://www.iso.org/iso-3166-country-codes.html"


def _kind(code: str) -> str:
    if code in OTHER_BODIES:
        return Jurisdiction.Kind.COURT
    if code in REGIONAL_OFFICES:
        return Jurisdiction.Kind.REGIONAL
    return Jurisdiction.Kind.COUNTRY


@transaction.atomic
def jurisdiction_seed(*, code: str, entry: "JurisdictionEntry | None", seeder: Seeder) -> Jurisdiction | None:
    """Seed one jurisdiction's row: name, kind and region from ISO 3166 and inspire.jurisdictions, the
    office and provenance from its content file. Without a file, or a file saying nothing about the
    office, nobody has reviewed the jurisdiction itself: ISO is the source."""
    values = {
        "name": portal_jurisdictions()[code],
        "kind": _kind(code),
        "region": region_of(code),
        "office_name": entry.office_name if entry else "",
        "office_url": entry.office_url if entry else "",
        "source_url": entry.source if entry and entry.source else ISO_SOURCE,
        "reviewed_on": entry.reviewed_on if entry else None,
    }
    return seeder.seed(Jurisdiction, key=f"registers/{code}", lookup={"code": code}, values=values)


@transaction.atomic
def jurisdiction_contents_seed(
    *, jurisdiction: Jurisdiction, entry: "JurisdictionEntry", samples: "list[SampleRow]", seeder: Seeder
) -> None:
    """Seed what a jurisdiction's content file holds besides its own row (see inspire.content.seeding).
    Every jurisdiction named as a member must already be in the database."""
    code = jurisdiction.code
    if entry.members:
        members = list(Jurisdiction.objects.filter(code__in=entry.members))
        seeder.seed(
            Jurisdiction, key=f"registers/{code}/members", lookup={"code": code}, values={}, many={"members": members}
        )
    for resource in entry.resources:
        for kind in resource.kinds:
            seeder.seed(
                Resource,
                key=f"registers/{code}/resources/{kind.value}/{resource.url}",
                lookup={"jurisdiction": jurisdiction, "kind": kind.value, "url": resource.url},
                values={
                    "title": resource.title,
                    "languages": resource.languages,
                    "access": resource.access.value,
                    "searchable_by_number": resource.searchable_by_number,
                    "searchable_by_applicant": resource.searchable_by_applicant,
                    "has_api": resource.has_api,
                    "has_bulk_data": resource.has_bulk_data,
                    "notes": resource.notes,
                    "source_url": resource.source,
                    "reviewed_on": resource.reviewed_on,
                },
            )
    for column, absence in entry.absent.items():
        seeder.seed(
            ColumnAbsence,
            key=f"registers/{code}/absent/{column}",
            lookup={"jurisdiction": jurisdiction, "column": column},
            values={"note": absence.note, "source_url": absence.source, "reviewed_on": absence.reviewed_on},
        )
    if entry.file is not None:
        values = entry.file.model_dump(exclude={"source", "translations"})
        values["source_url"] = entry.file.source
        values["translations"] = translations_values(entry.file.translations)
        seeder.seed(
            JurisdictionFile, key=f"registers/{code}/file", lookup={"jurisdiction": jurisdiction}, values=values
        )
    for sample in samples:
        seeder.seed(
            SampleNumber,
            key=f"registers/{code}/samples/{sample.kind.value}/{sample.as_printed}",
            lookup={"jurisdiction": jurisdiction, "kind": sample.kind.value, "as_printed": sample.as_printed},
            values={
                "as_entered": sample.as_entered,
                "notes": sample.notes,
                "source_url": sample.source or "",
                "reviewed_on": sample.reviewed_on,
            },
        )
    positions: dict[str, int] = {}
    for note in entry.notes:
        positions[note.topic] = positions.get(note.topic, 0) + 1
        seeder.seed(
            JurisdictionNote,
            key=f"registers/{code}/notes/{note.topic.value}/{positions[note.topic]}",
            lookup={"jurisdiction": jurisdiction, "topic": note.topic.value, "position": positions[note.topic]},
            values={
                "text": note.text,
                "translations": translations_values(note.translations),
                "source_url": note.source,
                "reviewed_on": note.reviewed_on,
            },
        )


@transaction.atomic
def resource_link_record(*, url: str, ok: bool, status_code: int | None, error: str, checked_at: datetime) -> int:
    """Store one link check result on every resource with this URL; returns how many were updated."""
    updated = Resource.objects.filter(url=url).update(
        link_ok=ok, link_status_code=status_code, link_error=error[:300], link_checked_at=checked_at
    )
    retire_version(CONTENT_VERSION_KEY)  # an update sends no signal
    return updated
