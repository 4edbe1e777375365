"""Periodic jobs (scheduled in CELERY_BEAT_SCHEDULE). Each is safe to run twice."""

from celery import shared_task

from inspire.usage import services


@shared_task
def rollups_update() -> int:
    return services.rollups_update()


@shared_task
def events_prune() -> int:
    return services.events_prune()
