"""Celery tasks of the TISC workspace: they take ids and call services, and running one twice is harmless."""

from celery import shared_task
from django.utils import timezone

from tisc.services import reminders, rollups


@shared_task(name="tisc.tasks.rollups_refresh")
def rollups_refresh(*, institution_id: int, months: list[str]) -> int:
    return rollups.rollups_refresh_months(institution_id=institution_id, months=months)


@shared_task(name="tisc.tasks.rollups_monthly")
def rollups_monthly() -> int:
    return rollups.rollups_monthly(today=timezone.localdate())


@shared_task(name="tisc.tasks.reminders_send")
def reminders_send() -> int:
    return reminders.reminders_send(today=timezone.localdate())


@shared_task(name="tisc.tasks.report_returned_notify")
def report_returned_notify(*, report_id: int, round: int) -> int:
    return reminders.report_returned_notify(report_id=report_id, round=round)
