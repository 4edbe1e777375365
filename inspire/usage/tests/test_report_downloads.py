"""The contract with the analytics app: its download view sends object_downloaded, usage counts it."""

import pytest
from django.urls import reverse
from django.utils import timezone

from analytics.tests.factories import ReportFactory
from inspire.usage.models import Event
from inspire.usage.selectors import most_downloaded
from inspire.usage.services import events_flush, rollups_update
from inspire.usage.tests.conftest import BROWSER

pytestmark = pytest.mark.django_db


def test_report_downloads_and_report_pages_are_counted_for_the_dashboard(client):
    report = ReportFactory()
    headers = {"HTTP_USER_AGENT": BROWSER, "REMOTE_ADDR": "8.8.8.8"}

    assert client.get(report.get_absolute_url(), **headers).status_code == 200
    assert client.get(reverse("analytics:report_download", args=[report.slug]), **headers).status_code == 302
    client.get(reverse("analytics:report_download", args=[report.slug]), HTTP_USER_AGENT="curl/8.5.0")
    events_flush()
    rollups_update()

    kinds = sorted(Event.objects.values_list("kind", "section"))
    assert kinds == [("download", "analytics"), ("view", "analytics")]
    today = timezone.now().date()
    assert most_downloaded(today, today).rows == [[str(report), "Patent analytics", 1]]
