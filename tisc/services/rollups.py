"""Monthly roll-ups: recounted from the records, so rebuilding any month twice gives the same rows."""

import datetime
from collections.abc import Iterable
from decimal import Decimal

from django.db import transaction
from django.db.models import Count, Sum
from django.db.models.functions import TruncMonth

from tisc.choices import SEARCH_KINDS
from tisc.models import MonthlyRollup, ServiceRequest, TrainingEvent
from tisc.periods import add_months, month_start
from tisc.selectors.figures import cell_key


def _empty(institution_id: int, month: datetime.date) -> MonthlyRollup:
    return MonthlyRollup(institution_id=institution_id, month=month, request_cells={}, outcomes={}, hours=Decimal("0"))


@transaction.atomic
def rollups_rebuild(*, institution_ids: Iterable[int] | None, start: datetime.date, end: datetime.date) -> int:
    """Recount the months in [start, end) for these institutions (None: all) from their records.

    Three grouped queries read the records; the old roll-ups of those months are replaced in one
    transaction, so readers see either the old or the new counts. Returns the rows written.
    """
    start, end = month_start(start), month_start(end) if end.day == 1 else add_months(end, 1)
    requests = ServiceRequest.objects.filter(received_on__gte=start, received_on__lt=end)
    trainings = TrainingEvent.objects.filter(held_on__gte=start, held_on__lt=end)
    old = MonthlyRollup.objects.filter(month__gte=start, month__lt=end)
    if institution_ids is not None:
        ids = list(institution_ids)
        requests = requests.filter(institution_id__in=ids)
        trainings = trainings.filter(institution_id__in=ids)
        old = old.filter(institution_id__in=ids)
    rows: dict[tuple[int, datetime.date], MonthlyRollup] = {}

    def row(institution_id: int, month: datetime.date) -> MonthlyRollup:
        key = (institution_id, month)
        if key not in rows:
            rows[key] = _empty(institution_id, month)
        return rows[key]

    cells = (
        requests.annotate(m=TruncMonth("received_on"))
        .values_list("institution_id", "m", "kind", "requester_category", "requester_gender")
        .annotate(n=Count("pk"), h=Sum("hours"))
        .order_by()
    )
    for institution_id, month, kind, category, gender, count, hours in cells:
        target = row(institution_id, month)
        target.requests += count
        target.searches += count if kind in SEARCH_KINDS else 0
        target.hours += hours or 0
        target.request_cells[cell_key(kind, category, gender)] = [count, f"{hours or 0:.2f}"]
    outcomes = (
        requests.annotate(m=TruncMonth("received_on"))
        .values_list("institution_id", "m", "outcome")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for institution_id, month, outcome, count in outcomes:
        row(institution_id, month).outcomes[outcome] = count
    events = (
        trainings.annotate(m=TruncMonth("held_on"))
        .values_list("institution_id", "m")
        .annotate(n=Count("pk"), w=Sum("women"), men_=Sum("men"), o=Sum("other"))
        .order_by()
    )
    for institution_id, month, count, women, men, other in events:
        target = row(institution_id, month)
        target.trainings, target.women, target.men, target.other = count, women or 0, men or 0, other or 0
    old.delete()
    MonthlyRollup.objects.bulk_create(rows.values(), batch_size=1000)
    return len(rows)


def months_touched(days: Iterable[datetime.date]) -> list[str]:
    """The months (ISO first days) that records on these days fall in, for a roll-up refresh task."""
    return sorted({month_start(day).isoformat() for day in days})


def rollups_refresh_later(*, institution_id: int, days: Iterable[datetime.date]) -> None:
    """After the write commits, recount the months it touched (a Celery task; idempotent)."""
    from tisc.tasks import rollups_refresh

    months = months_touched(days)
    if months:
        rollups_refresh.delay_on_commit(institution_id=institution_id, months=months)


def rollups_refresh_months(*, institution_id: int, months: list[str]) -> int:
    written = 0
    for first in sorted({datetime.date.fromisoformat(month) for month in months}):
        written += rollups_rebuild(institution_ids=[institution_id], start=first, end=add_months(first, 1))
    return written


def rollups_monthly(*, today: datetime.date) -> int:
    """The scheduled pass: the last two months for every institution, catching entries made late."""
    this_month = month_start(today)
    return rollups_rebuild(institution_ids=None, start=add_months(this_month, -2), end=this_month)
