"""Every write of service requests and training events: one at a time, or a whole CSV at once."""

from typing import Any

from django.db import transaction

from inspire.accounts.models import User
from inspire.services import model_fields_set, model_update
from tisc.models import Institution, ServiceRequest, TrainingEvent
from tisc.services.rollups import rollups_refresh_later


@transaction.atomic
def service_request_create(*, institution: Institution, recorded_by: User | None, **fields: Any) -> ServiceRequest:
    record, _changed = model_update(
        instance=ServiceRequest(institution=institution, recorded_by=recorded_by),
        data=fields,
        editable=ServiceRequest.RECORDED_FIELDS,
    )
    rollups_refresh_later(institution_id=institution.pk, days=[record.received_on])
    return record


@transaction.atomic
def service_request_update(*, record: ServiceRequest, **fields: Any) -> ServiceRequest:
    before = record.received_on
    model_update(instance=record, data=fields, editable=ServiceRequest.RECORDED_FIELDS)
    rollups_refresh_later(institution_id=record.institution_id, days=[before, record.received_on])
    return record


@transaction.atomic
def service_request_delete(*, record: ServiceRequest) -> None:
    rollups_refresh_later(institution_id=record.institution_id, days=[record.received_on])
    record.delete()


@transaction.atomic
def training_create(*, institution: Institution, recorded_by: User | None, **fields: Any) -> TrainingEvent:
    event, _changed = model_update(
        instance=TrainingEvent(institution=institution, recorded_by=recorded_by),
        data=fields,
        editable=TrainingEvent.RECORDED_FIELDS,
    )
    rollups_refresh_later(institution_id=institution.pk, days=[event.held_on])
    return event


@transaction.atomic
def training_update(*, event: TrainingEvent, **fields: Any) -> TrainingEvent:
    before = event.held_on
    model_update(instance=event, data=fields, editable=TrainingEvent.RECORDED_FIELDS)
    rollups_refresh_later(institution_id=event.institution_id, days=[before, event.held_on])
    return event


@transaction.atomic
def training_delete(*, event: TrainingEvent) -> None:
    rollups_refresh_later(institution_id=event.institution_id, days=[event.held_on])
    event.delete()


@transaction.atomic
def records_import(*, institution: Institution, kind: str, rows: list[dict[str, Any]], recorded_by: User | None) -> int:
    """Write rows that were all validated first (tisc.imports); all of them or, on any error, none."""
    model, day = (ServiceRequest, "received_on") if kind == "requests" else (TrainingEvent, "held_on")
    objects = []
    for values in rows:
        instance = model(institution=institution, recorded_by=recorded_by)
        model_fields_set(instance=instance, data=values, editable=model.RECORDED_FIELDS)
        # Validated row by row before; checked again so no path writes an invalid row. The foreign keys
        # are the objects passed in, so their per-row existence queries are skipped.
        instance.full_clean(exclude=["institution", "recorded_by"])
        objects.append(instance)
    # One path for both record kinds; the rows are all of `model`.
    model.objects.bulk_create(objects, batch_size=1000)  # type: ignore[arg-type]
    rollups_refresh_later(institution_id=institution.pk, days=[getattr(obj, day) for obj in objects])
    return len(objects)
