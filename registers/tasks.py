from celery import shared_task
from django.utils import timezone

from registers import services
from registers.linkcheck import check_url
from registers.models import Resource


@shared_task(name="registers.tasks.link_check", acks_late=True)
def link_check(url: str) -> bool:
    """Check one URL and record the result on every resource that uses it."""
    result = check_url(url)
    services.resource_link_record(
        url=url, ok=result.ok, status_code=result.status_code, error=result.error, checked_at=timezone.now()
    )
    return result.ok


@shared_task(name="registers.tasks.links_check", acks_late=True)
def links_check() -> int:
    """Weekly (beat): queue a check of every distinct register and gazette URL; returns how many."""
    urls = list(Resource.objects.order_by("url").values_list("url", flat=True).distinct())
    for url in urls:
        link_check.delay(url)
    return len(urls)
