"""Celery tasks of eTISC: they take ids and call services, so a retry never sends twice."""

from celery import shared_task

from etisc import services


@shared_task(name="etisc.tasks.notification_email_send")
def notification_email_send(notification_id: int) -> bool:
    return services.notification_email_send(notification_id=notification_id)


@shared_task(name="etisc.tasks.notifications_retry_unsent")
def notifications_retry_unsent() -> int:
    return services.notifications_retry_unsent()


@shared_task(name="etisc.tasks.digests_send")
def digests_send() -> int:
    return services.digests_send()
