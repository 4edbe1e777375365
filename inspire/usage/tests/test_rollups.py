import datetime
from unittest import mock

import pytest

from inspire.usage.models import DailyRollup, Dimension, Event, MonthlyRollup, YearlyRollup
from inspire.usage.services import events_flush, events_prune, rollups_rebuild, rollups_update
from inspire.usage.tests.conftest import BROWSER, OTHER_BROWSER
from inspire.usage.tests.factories import EventFactory

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


def at(day: int, hour: int = 10, month: int = 11, year: int = 2026) -> datetime.datetime:
    return datetime.datetime(year, month, day, hour, tzinfo=UTC)


def visit(client, moment: datetime.datetime, user_agent: str = BROWSER, address: str = "8.8.8.8") -> None:
    with mock.patch("inspire.usage.capture.timezone.now", return_value=moment):
        client.get("/", HTTP_USER_AGENT=user_agent, REMOTE_ADDR=address)


def total(model, period_start: datetime.date):
    return model.objects.get(dimension=Dimension.TOTAL, period_start=period_start)


def test_a_visitor_counts_once_a_day_and_again_on_another_day(client):
    visit(client, at(20, 9))
    visit(client, at(20, 17))  # same browser, same day: the same visitor
    visit(client, at(20, 12), user_agent=OTHER_BROWSER)  # another browser behind the same address
    visit(client, at(21, 9))  # next day: keys rotate, so a new daily visitor
    events_flush()

    rollups_rebuild(first_day=datetime.date(2026, 11, 20), last_day=datetime.date(2026, 11, 21))

    day_one, day_two = total(DailyRollup, datetime.date(2026, 11, 20)), total(DailyRollup, datetime.date(2026, 11, 21))
    assert (day_one.visitors, day_one.views) == (2, 3)
    assert (day_two.visitors, day_two.views) == (1, 1)
    month = total(MonthlyRollup, datetime.date(2026, 11, 1))
    assert (month.visitors, month.views) == (3, 4)
    assert total(YearlyRollup, datetime.date(2026, 1, 1)).visitors == 3


def test_rollups_count_per_section_object_country_and_referrer():
    EventFactory(section="databases", object_key="/databases/", country="FR", visitor_key="a" * 32)
    EventFactory(section="databases", object_key="/databases/", country="FR", visitor_key="a" * 32)
    EventFactory(section="registers", object_key="/registers/", country="KE", visitor_key="b" * 32)
    EventFactory(
        kind=Event.Kind.DOWNLOAD,
        section="analytics",
        object_key="analytics.report:7",
        object_label="Landscape report",
        country="",
        visitor_key="b" * 32,
        referrer_host="news.example.org",
    )

    rollups_rebuild(first_day=datetime.date(2026, 11, 20), last_day=datetime.date(2026, 11, 20))

    daily = DailyRollup.objects.filter(period_start=datetime.date(2026, 11, 20))
    counts = {(r.dimension, r.section, r.key): (r.visitors, r.views, r.downloads) for r in daily}
    assert counts == {
        ("total", "", ""): (2, 3, 1),
        ("section", "databases", "databases"): (1, 2, 0),
        ("section", "registers", "registers"): (1, 1, 0),
        ("section", "analytics", "analytics"): (1, 0, 1),
        ("object", "databases", "/databases/"): (1, 2, 0),
        ("object", "registers", "/registers/"): (1, 1, 0),
        ("object", "analytics", "analytics.report:7"): (1, 0, 1),
        ("country", "", "FR"): (1, 2, 0),
        ("country", "", "KE"): (1, 1, 0),
        ("country", "", ""): (1, 0, 1),
        ("referrer", "", "news.example.org"): (1, 0, 1),
    }
    assert daily.get(key="analytics.report:7").label == "Landscape report"


def snapshot():
    return {
        model.__name__: sorted(
            model.objects.values_list("period_start", "dimension", "section", "key", "visitors", "views", "downloads")
        )
        for model in (DailyRollup, MonthlyRollup, YearlyRollup)
    }


def test_rolling_up_the_same_days_again_gives_the_same_numbers():
    for day in (30, 31):
        EventFactory.create_batch(3, occurred_at=at(day, month=10))
    EventFactory.create_batch(2, occurred_at=at(1))
    first_day, last_day = datetime.date(2026, 10, 30), datetime.date(2026, 11, 1)

    rollups_rebuild(first_day=first_day, last_day=last_day)
    before = snapshot()
    rollups_rebuild(first_day=first_day, last_day=last_day)
    rollups_rebuild(first_day=datetime.date(2026, 10, 31), last_day=datetime.date(2026, 10, 31))

    assert snapshot() == before
    assert total(MonthlyRollup, datetime.date(2026, 10, 1)).views == 6
    assert total(YearlyRollup, datetime.date(2026, 1, 1)).views == 8


def test_late_events_are_added_when_the_day_is_rolled_up_again():
    EventFactory(occurred_at=at(20))
    rollups_rebuild(first_day=datetime.date(2026, 11, 20), last_day=datetime.date(2026, 11, 20))
    EventFactory(occurred_at=at(20, 23))
    rollups_rebuild(first_day=datetime.date(2026, 11, 20), last_day=datetime.date(2026, 11, 20))
    assert total(DailyRollup, datetime.date(2026, 11, 20)).views == 2
    assert total(YearlyRollup, datetime.date(2026, 1, 1)).views == 2


def test_scheduled_rollup_starts_at_the_first_event_then_continues_from_the_last_day():
    EventFactory(occurred_at=at(18))
    EventFactory(occurred_at=at(20))
    with mock.patch("inspire.usage.services.timezone.now", return_value=at(20, 23)):
        assert rollups_update() == 2
        EventFactory(occurred_at=at(20, 22))
        assert rollups_update() == 1  # 19 Nov has no events; 20 Nov is redone
    assert total(MonthlyRollup, datetime.date(2026, 11, 1)).views == 3


def test_pruning_removes_old_raw_events_but_keeps_their_rollups():
    EventFactory(occurred_at=at(1, month=6))
    EventFactory(occurred_at=at(20))
    with mock.patch("inspire.usage.services.timezone.now", return_value=at(21)):
        rollups_update()
        assert events_prune(retention_days=90) == 1
        # Rolling up the pruned day again must not wipe its figures.
        rollups_rebuild(first_day=datetime.date(2026, 6, 1), last_day=datetime.date(2026, 11, 21))
    assert Event.objects.count() == 1
    assert total(DailyRollup, datetime.date(2026, 6, 1)).views == 1
    assert total(YearlyRollup, datetime.date(2026, 1, 1)).views == 2


def test_events_not_yet_rolled_up_are_never_pruned():
    EventFactory(occurred_at=at(1, month=1))
    with mock.patch("inspire.usage.services.timezone.now", return_value=at(21)):
        assert events_prune(retention_days=1) == 0
    assert Event.objects.count() == 1


def test_scheduled_tasks_run_by_their_beat_names(settings):
    from inspire.celery import app

    app.loader.import_default_modules()  # what a worker does at start: autodiscovers each app's tasks
    for name in ("rollups_update", "events_prune"):
        assert f"inspire.usage.tasks.{name}" in app.tasks
    assert {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()} >= {
        "inspire.usage.tasks.rollups_update",
        "inspire.usage.tasks.events_prune",
    }


def test_real_worker_rolls_up_the_events_pages_stored(celery_worker, client):
    from inspire.usage.tasks import rollups_update as rollup_task

    client.get("/", HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="8.8.8.8")
    assert events_flush() == 1
    assert rollup_task.apply_async(ignore_result=False).get(timeout=20) == 1
    assert DailyRollup.objects.get(dimension=Dimension.TOTAL).views == 1
