"""Every write of service requests and training events: one at a time, or a whole CSV at once."""

from typing import Any

from django.db import transaction

from inspire.accounts.models import User
from tisc.models import Institution, ServiceRequest, TrainingEvent
from tisc.services.rollups import rollups_refresh_later

REQUEST_FIELDS = ("received_on", "kind", "requester_category", "requester_gender", "outcome", "hours", "note")
TRAINING_FIELDS = ("held_on", "title", "format", "women", "men", "other", "hours")


def _assign(instance, fields: dict[str, Any], allowed: tuple[str, ...]) -> None:
    unknown = set(fields) - set(allowed)
    if unknown:
        raise ValueError(f"not record fields: {', '.join(sorted(unknown))}")
    for name, value in fields.items():
        setattr(instance, name, value)


@transaction.atomic
def service_request_create(*, institution: Institution, recorded_by: User | None, **fields: Any) -> ServiceRequest:
    record = ServiceRequest(institution=institution, recorded_by=recorded_by)
    _assign(record, fields, REQUEST_FIELDS)
    record.full_clean()
    record.save()
    rollups_refresh_later(institution_id=institution.pk, days=[record.received_on])
    return record


@transaction.atomic
def service_request_update(*, record: ServiceRequest, **fields: Any) -> ServiceRequest:
    before = record.received_on
    _assign(record, fields, REQUEST_FIELDS)
    record.full_clean()
    record.save()
    rollups_refresh_later(institution_id=record.institution_id, days=[before, record.received_on])
    return record


@transaction.atomic
def service_request_delete(*, record: ServiceRequest) -> None:
    rollups_refresh_later(institution_id=record.institution_id, days=[record.received_on])
    record.delete()


@transaction.atomic
def training_create(*, institution: Institution, recorded_by: User | None, **fields: Any) -> TrainingEvent:
    event = TrainingEvent(institution=institution, recorded_by=recorded_by)
    _assign(event, fields, TRAINING_FIELDS)
    event.full_clean()
    event.save()
    rollups_refresh_later(institution_id=institution.pk, days=[event.held_on])
    return event


@transaction.atomic
def training_update(*, event: TrainingEvent, **fields: Any) -> TrainingEvent:
    before = event.held_on
    _assign(event, fields, TRAINING_FIELDS)
    event.full_clean()
    event.save()
    rollups_refresh_later(institution_id=event.institution_id, days=[before, event.held_on])
    return event


@transaction.atomic
def training_delete(*, event: TrainingEvent) -> None:
    rollups_refresh_later(institution_id=event.institution_id, days=[event.held_on])
    event.delete()


@transaction.atomic
def records_import(*, institution: Institution, kind: str, rows: list[dict[str, Any]], recorded_by: User | None) -> int:
    """Write rows that were all validated first (tisc.imports); all of them or, on any error, none."""
    model, fields, day = (
        (ServiceRequest, REQUEST_FIELDS, "received_on")
        if kind == "requests"
        else (TrainingEvent, TRAINING_FIELDS, "held_on")
    )
    objects = []
    for values in rows:
        instance = model(institution=institution, recorded_by=recorded_by)
        _assign(instance, values, fields)
        # Validated row by row before; checked again so no path writes an invalid row. The foreign keys
        # are the objects passed in, so their per-row existence queries are skipped.
        instance.full_clean(exclude=["institution", "recorded_by"])
        objects.append(instance)
    # One path for both record kinds; the rows are all of `model`.
    model.objects.bulk_create(objects, batch_size=1000)  # type: ignore[arg-type]
    rollups_refresh_later(institution_id=institution.pk, days=[getattr(obj, day) for obj in objects])
    return len(objects)
