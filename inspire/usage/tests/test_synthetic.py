import datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from inspire.usage.models import DailyRollup, Dimension, Event, MonthlyRollup
from inspire.usage.synthetic import synthetic_events
from inspire.usage.tests.factories import EventFactory

pytestmark = pytest.mark.django_db


def test_synthetic_traffic_is_marked_and_looks_like_a_site_in_use():
    events = list(synthetic_events(first_day=datetime.date(2026, 11, 2), days=7, visitors_per_day=40, seed=3))

    assert all(event.is_synthetic for event in events)
    assert {event.section for event in events} >= {"home", "databases", "registers", "analytics", "etisc"}
    downloads = [event for event in events if event.kind == Event.Kind.DOWNLOAD]
    assert downloads and all(event.object_label.startswith("Synthetic report") for event in downloads)
    assert {event.referrer_host for event in events} <= {
        "",
        "search.example.com",
        "news.example.org",
        "partner.example.net",
    }
    weekday = sum(event.occurred_at.date() == datetime.date(2026, 11, 4) for event in events)
    sunday = sum(event.occurred_at.date() == datetime.date(2026, 11, 8) for event in events)
    assert weekday > sunday


def test_the_same_seed_gives_the_same_traffic():
    def keys(seed):
        events = synthetic_events(first_day=datetime.date(2026, 11, 2), days=2, visitors_per_day=10, seed=seed)
        return [(event.uid, event.object_key, event.visitor_key) for event in events]

    assert keys(5) == keys(5) != keys(6)


def test_command_creates_rolls_up_and_deletes_synthetic_traffic_only():
    real = EventFactory(occurred_at=datetime.datetime(2026, 11, 10, 8, tzinfo=datetime.UTC))
    out = StringIO()

    call_command("usage_synthetic", "--days=5", "--visitors-per-day=20", "--end=2026-11-10", stdout=out)

    created = Event.objects.filter(is_synthetic=True).count()
    assert f"Created {created} synthetic events from 2026-11-06 to 2026-11-10" in out.getvalue()
    month = MonthlyRollup.objects.get(dimension=Dimension.TOTAL, period_start=datetime.date(2026, 11, 1))
    assert month.views + month.downloads == created + 1

    call_command("usage_synthetic", "--delete", stdout=StringIO())

    assert list(Event.objects.all()) == [real]
    assert DailyRollup.objects.get(dimension=Dimension.TOTAL).views == 1
    assert MonthlyRollup.objects.get(dimension=Dimension.TOTAL).views == 1


def test_command_rejects_nonsense_sizes():
    with pytest.raises(CommandError, match="at least 1"):
        call_command("usage_synthetic", "--days=0", stdout=StringIO())
