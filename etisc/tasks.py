"""Celery tasks of eTISC: they take ids and call services, so a retry never sends twice."""

from celery import shared_task

from etisc import services
from inspire.celery import app

RETRY_EVERY_SECONDS = 300.0


@shared_task(name="etisc.tasks.notification_email_send")
def notification_email_send(notification_id: int) -> bool:
    return services.notification_email_send(notification_id=notification_id)


@shared_task(name="etisc.tasks.notifications_retry_unsent")
def notifications_retry_unsent() -> int:
    return services.notifications_retry_unsent()


@shared_task(name="etisc.tasks.digests_send")
def digests_send() -> int:
    return services.digests_send()


# E-mails left pending while the broker was down are queued again by beat.
app.conf.beat_schedule.setdefault(
    "etisc-retry-unsent-notifications",
    {"task": "etisc.tasks.notifications_retry_unsent", "schedule": RETRY_EVERY_SECONDS},
)
