"""Every write of usage analytics: recording, flushing, rolling up and pruning events."""

import datetime
import logging
from collections.abc import Iterable
from itertools import islice

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.db.models import Count, Max, Min, Q, Sum
from django.db.models.functions import TruncDate, TruncMonth, TruncYear
from django.db.models.functions.datetime import TruncBase
from django.utils import timezone

from inspire.usage import buffer
from inspire.usage.capture import CapturedEvent
from inspire.usage.models import DailyRollup, Dimension, Event, MonthlyRollup, Rollup, YearlyRollup

logger = logging.getLogger(__name__)

INSERT_BATCH_SIZE = 2000

# The event fields each dimension groups by; the last one becomes the roll-up's key.
DIMENSION_FIELDS: dict[str, tuple[str, ...]] = {
    Dimension.TOTAL: (),
    Dimension.SECTION: ("section",),
    Dimension.OBJECT: ("section", "object_key"),
    Dimension.COUNTRY: ("country",),
    Dimension.REFERRER: ("referrer_host",),
}


def event_record(*, event: CapturedEvent) -> None:
    """Queue one captured event for the next batch write (see buffer); stores the batch here only when
    there is no writer thread and the buffer is full."""
    if buffer.push(event.as_dict()):
        events_flush()


def _event_from_dict(data: dict, *, is_synthetic: bool = False) -> Event:
    event = Event(
        uid=data["uid"],
        occurred_at=datetime.datetime.fromisoformat(data["occurred_at"]),
        kind=data["kind"],
        section=data["section"],
        object_key=data["object_key"],
        object_label=data.get("object_label", ""),
        visitor_key=data["visitor_key"],
        country=data.get("country", ""),
        referrer_host=data.get("referrer_host", ""),
        is_authenticated=bool(data.get("is_authenticated", False)),
        is_synthetic=is_synthetic,
    )
    # Uniqueness is left to the database (ignore_conflicts): one query per event would defeat batching.
    event.full_clean(validate_unique=False, validate_constraints=False)
    return event


def events_write(*, items: Iterable[dict]) -> int:
    """Store buffered events. A malformed item is logged and dropped so it can never block the queue;
    an event already stored (same uid) is skipped, so writing a batch twice stores it once."""
    events = []
    for item in items:
        try:
            events.append(_event_from_dict(item))
        except (KeyError, TypeError, ValueError, ValidationError):
            logger.warning("Usage events: dropping malformed event %r", item, exc_info=True)
    with transaction.atomic():
        Event.objects.bulk_create(events, batch_size=INSERT_BATCH_SIZE, ignore_conflicts=True)
    return len(events)


def events_flush() -> int:
    """Store this process's queued events now. If the database refuses them, they go back into the
    buffer for the next write; the uid makes a batch that was stored after all harmless to store again."""
    items = buffer.take()
    if not items:
        return 0
    try:
        return events_write(items=items)
    except DatabaseError:
        buffer.put_back(items)
        logger.warning("Usage events: database unavailable, %d events kept for the next write", len(items))
        return 0


def _daily_rows(first_day: datetime.date, last_day: datetime.date) -> list[DailyRollup]:
    events = Event.objects.between(first_day, last_day).annotate(day=TruncDate("occurred_at", tzinfo=datetime.UTC))
    rows = []
    for dimension, fields in DIMENSION_FIELDS.items():
        grouped = events.values("day", *fields).order_by()
        if dimension == Dimension.REFERRER:
            grouped = grouped.exclude(referrer_host="")
        grouped = grouped.annotate(
            visitors=Count("visitor_key", distinct=True),
            views=Count("id", filter=Q(kind=Event.Kind.VIEW)),
            downloads=Count("id", filter=Q(kind=Event.Kind.DOWNLOAD)),
        )
        if dimension == Dimension.OBJECT:
            grouped = grouped.annotate(label=Max("object_label"))
        for row in grouped:
            rows.append(
                DailyRollup(
                    period_start=row["day"],
                    dimension=dimension,
                    section=row.get("section", ""),
                    key=row[fields[-1]] if fields else "",
                    label=row.get("label", ""),
                    visitors=row["visitors"],
                    views=row["views"],
                    downloads=row["downloads"],
                )
            )
    return rows


def _sum_periods(
    source_model: type[Rollup], target_model: type[Rollup], trunc: type[TruncBase], periods: set[datetime.date]
) -> None:
    """Replace target rows for `periods` with sums of the source rows inside them."""
    if not periods:
        return
    target_model.objects.filter(period_start__in=periods).delete()
    first, last = min(periods), max(periods)
    last_day = last.replace(month=12, day=31) if target_model is YearlyRollup else _month_end(last)
    grouped = (
        source_model.objects.filter(period_start__gte=first, period_start__lte=last_day)
        .annotate(period=trunc("period_start"))
        .values("period", "dimension", "section", "key")
        .order_by()
        .annotate(
            total_visitors=Sum("visitors"),
            total_views=Sum("views"),
            total_downloads=Sum("downloads"),
            latest_label=Max("label"),
        )
    )
    target_model.objects.bulk_create(
        (
            target_model(
                period_start=row["period"],
                dimension=row["dimension"],
                section=row["section"],
                key=row["key"],
                label=row["latest_label"],
                visitors=row["total_visitors"],
                views=row["total_views"],
                downloads=row["total_downloads"],
            )
            for row in grouped
            if row["period"] in periods
        ),
        batch_size=INSERT_BATCH_SIZE,
    )


def _month_end(day: datetime.date) -> datetime.date:
    next_month = (day.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return next_month - datetime.timedelta(days=1)


@transaction.atomic
def rollups_rebuild(*, first_day: datetime.date, last_day: datetime.date) -> int:
    """Recompute the daily roll-ups of every day in the range that has raw events, then the months
    and years containing them. Running it again gives the same rows. Days without raw events (never
    visited, or already pruned) keep the roll-ups they have. Returns the number of days rebuilt."""
    rows = _daily_rows(first_day, last_day)
    days = {row.period_start for row in rows if row.dimension == Dimension.TOTAL}
    DailyRollup.objects.filter(period_start__in=days).delete()
    DailyRollup.objects.bulk_create(rows, batch_size=INSERT_BATCH_SIZE)
    months = {day.replace(day=1) for day in days}
    _sum_periods(DailyRollup, MonthlyRollup, TruncMonth, months)
    _sum_periods(MonthlyRollup, YearlyRollup, TruncYear, {month.replace(month=1) for month in months})
    return len(days)


def rollups_update() -> int:
    """Bring the roll-ups up to date: from the last day rolled up (or the first event) to today.

    Yesterday is always redone so events flushed just after midnight are counted."""
    today = timezone.now().date()
    latest = DailyRollup.objects.aggregate(latest=Max("period_start"))["latest"]
    if latest is None:
        earliest = Event.objects.aggregate(earliest=Min("occurred_at"))["earliest"]
        if earliest is None:
            return 0
        first_day = earliest.astimezone(datetime.UTC).date()
    else:
        first_day = min(latest, today - datetime.timedelta(days=1))
    return rollups_rebuild(first_day=first_day, last_day=today)


def events_prune(*, retention_days: int | None = None) -> int:
    """Delete raw events older than the retention period, but never events not yet rolled up."""
    retention_days = settings.USAGE_RETENTION_DAYS if retention_days is None else retention_days
    latest_rolled = DailyRollup.objects.aggregate(latest=Max("period_start"))["latest"]
    if latest_rolled is None:
        return 0
    cutoff_day = min(timezone.now().date() - datetime.timedelta(days=retention_days), latest_rolled)
    cutoff = datetime.datetime.combine(cutoff_day, datetime.time.min, tzinfo=datetime.UTC)
    with transaction.atomic():
        deleted, _ = Event.objects.filter(occurred_at__lt=cutoff).delete()
    return deleted


@transaction.atomic
def synthetic_traffic_create(*, events: Iterable[Event]) -> int:
    """Store generated events (already marked synthetic), in batches, then roll up the days they cover."""
    events = iter(events)
    created, first_day, last_day = 0, None, None
    while batch := list(islice(events, INSERT_BATCH_SIZE)):
        Event.objects.bulk_create(batch)
        created += len(batch)
        days = {event.occurred_at.date() for event in batch}
        if first_day is not None:
            days |= {first_day, last_day}
        first_day, last_day = min(days), max(days)
    if created:
        rollups_rebuild(first_day=first_day, last_day=last_day)
    return created


@transaction.atomic
def synthetic_traffic_delete() -> int:
    """Remove synthetic events and rebuild the roll-ups of the days they touched from what remains."""
    synthetic = Event.objects.filter(is_synthetic=True)
    bounds = synthetic.aggregate(first=Min("occurred_at"), last=Max("occurred_at"))
    if bounds["first"] is None:
        return 0
    deleted, _ = synthetic.delete()
    first_day, last_day = bounds["first"].date(), bounds["last"].date()
    # The touched days may now have no events at all, so their roll-ups are cleared before rebuilding.
    DailyRollup.objects.filter(period_start__gte=first_day, period_start__lte=last_day).delete()
    rollups_rebuild(first_day=first_day, last_day=last_day)
    months = {
        (first_day + datetime.timedelta(days=offset)).replace(day=1)
        for offset in range((last_day - first_day).days + 1)
    }
    _sum_periods(DailyRollup, MonthlyRollup, TruncMonth, months)
    _sum_periods(MonthlyRollup, YearlyRollup, TruncYear, {month.replace(month=1) for month in months})
    return deleted
