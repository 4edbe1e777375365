"""Durable capture: events wait in process memory and are stored in PostgreSQL in batches, never in Redis."""

import time

import pytest
import redis
from django.db import OperationalError, connection
from django.test.utils import CaptureQueriesContext

from inspire.usage import buffer, services
from inspire.usage.models import Event
from inspire.usage.services import events_flush

pytestmark = pytest.mark.django_db


def test_events_outlive_a_redis_that_dies_without_persistence(require_redis, client, settings, browser_headers):
    client.get("/", **browser_headers)
    client.get("/databases/", **browser_headers)

    redis.Redis.from_url(settings.REDIS_URL).flushdb()  # what a restart without persistence leaves

    assert events_flush() == 2
    assert Event.objects.count() == 2


def test_pages_are_counted_while_redis_is_down(client, settings, browser_headers):
    settings.REDIS_URL = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    response = client.get("/", **browser_headers)

    assert response.status_code == 200
    assert events_flush() == 1


def test_a_page_only_queues_its_event_in_memory(client, browser_headers):
    with CaptureQueriesContext(connection) as queries:
        client.get("/", **browser_headers)

    assert not any("usage_event" in query["sql"] for query in queries.captured_queries)
    assert buffer.size() == 1
    assert not any("8.8.8.8" in str(value) for value in buffer.take()[0].values())  # the address stays behind


def test_the_request_that_fills_the_buffer_stores_it_in_one_insert(client, settings, browser_headers):
    settings.USAGE_BUFFER_SIZE = 3
    client.get("/", **browser_headers)
    client.get("/", **browser_headers)
    assert Event.objects.count() == 0

    with CaptureQueriesContext(connection) as queries:
        client.get("/", **browser_headers)

    inserts = [query for query in queries.captured_queries if query["sql"].startswith('INSERT INTO "usage_event"')]
    assert len(inserts) == 1
    assert Event.objects.count() == 3
    assert buffer.size() == 0


def test_events_wait_in_memory_while_the_database_is_away(client, browser_headers, monkeypatch):
    client.get("/", **browser_headers)
    client.get("/", **browser_headers)
    real_write = services.events_write

    def database_down(*, items):
        raise OperationalError("connection refused")

    monkeypatch.setattr(services, "events_write", database_down)
    assert events_flush() == 0
    assert buffer.size() == 2

    monkeypatch.setattr(services, "events_write", real_write)
    assert events_flush() == 2
    assert Event.objects.count() == 2


def test_the_buffer_is_bounded_and_drops_the_oldest_events_first(settings):
    settings.USAGE_BUFFER_MAX = 3
    for number in range(5):
        buffer.push({"number": number})
    assert [event["number"] for event in buffer.take()] == [2, 3, 4]


def test_events_still_queued_when_the_process_exits_are_stored(client, browser_headers):
    client.get("/", **browser_headers)

    buffer.shutdown()  # what atexit runs

    assert Event.objects.count() == 1


def test_the_writer_thread_stores_a_quiet_process_s_events_within_the_interval(
    transactional_db, client, settings, browser_headers
):
    settings.USAGE_FLUSH_SECONDS = 0.2
    try:
        client.get("/", **browser_headers)
        deadline = time.monotonic() + 5
        while not Event.objects.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert Event.objects.count() == 1
        assert buffer.size() == 0
    finally:
        buffer.shutdown()
