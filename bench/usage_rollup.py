"""Benchmark: roll up one million usage events on PostgreSQL.

    DATABASE_URL=postgres://inspire:inspire@127.0.0.1:5432/inspire .venv/bin/python bench/usage_rollup.py

Creates a throw-away database (bench_inspire_usage), loads synthetic events spread over one year with
COPY, then times the first full roll-up (daily, monthly, yearly tables), the hourly catch-up run
that follows it, and the pruning of raw events past a 90-day retention. First it times what a page
pays to be counted (event building, queueing it in memory) and what storing one batch of queued events
costs the process's writer thread. Prints the numbers.
"""

import argparse
import datetime
import io
import os
import sys
import time
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "inspire.settings.test")
os.environ["TEST_DATABASE_NAME"] = "bench_inspire_usage"  # never the real database

import django

django.setup()

from django.conf import settings
from django.db import connection
from django.test import RequestFactory
from django.utils import timezone

from inspire.usage import buffer
from inspire.usage.capture import event_from_request
from inspire.usage.models import DailyRollup, Event, MonthlyRollup, YearlyRollup
from inspire.usage.services import events_prune, events_write, rollups_update
from inspire.usage.synthetic import synthetic_events

COLUMNS = [
    "uid",
    "occurred_at",
    "kind",
    "section",
    "object_key",
    "object_label",
    "visitor_key",
    "country",
    "referrer_host",
    "is_authenticated",
    "is_synthetic",
]
# About 2.25 events per configured visitor and day once growth, weekends and pages per visit average out.
EVENTS_PER_VISITOR_DAY = 2.25
COPY_CHUNK = 100_000


def copy_events(events, total: int) -> None:
    with connection.cursor() as cursor:
        raw = cursor.cursor  # psycopg2 cursor, for COPY
        remaining = iter(events)
        loaded = 0
        while chunk := list(islice(remaining, COPY_CHUNK)):
            buffer = io.StringIO()
            for event in chunk:
                buffer.write(
                    f"{event.uid}\t{event.occurred_at.isoformat()}\t{event.kind}\t{event.section}\t{event.object_key}\t"
                    f"{event.object_label}\t{event.visitor_key}\t{event.country}\t{event.referrer_host}\t"
                    f"{'t' if event.is_authenticated else 'f'}\tt\n"
                )
            buffer.seek(0)
            raw.copy_expert(f"COPY usage_event ({', '.join(COLUMNS)}) FROM STDIN", buffer)
            loaded += len(chunk)
            print(f"  loaded {loaded:,} / {total:,}", flush=True)
        cursor.execute("ANALYZE usage_event")


def time_capture(samples: int = 20_000) -> list[dict]:
    """Cost a page pays for being counted: building the event (hash, country) and queueing it in memory."""
    factory = RequestFactory()
    requests = [
        factory.get("/databases/", HTTP_USER_AGENT="Mozilla/5.0 Firefox/132.0", REMOTE_ADDR=f"81.2.{n % 250}.{n % 200}")
        for n in range(samples)
    ]
    for request in requests:
        request.user = None
    event_from_request(requests[0], kind="view", section="databases", object_key="/databases/")  # loads geoip data
    started = time.perf_counter()
    events = [
        event_from_request(request, kind="view", section="databases", object_key="/databases/").as_dict()
        for request in requests
    ]
    print(f"Capture (visitor key + offline country): {(time.perf_counter() - started) / samples * 1e6:.1f} µs/event")
    started = time.perf_counter()
    for event in events:
        if buffer.push(event):
            buffer.take()  # what the writer thread does with a full buffer, minus the INSERT
    print(f"Queue in process memory: {(time.perf_counter() - started) / samples * 1e6:.2f} µs/event")
    return events


def time_batch_store(events: list[dict]) -> None:
    """What the writer thread pays per batch: one INSERT of USAGE_BUFFER_SIZE events (off the page path)."""
    size = settings.USAGE_BUFFER_SIZE
    batches = [events[start : start + size] for start in range(0, len(events), size)]
    started = time.perf_counter()
    for batch in batches:
        events_write(items=batch)
    elapsed = time.perf_counter() - started
    print(
        f"Store one batch of {size} queued events (INSERT): {elapsed / len(batches) * 1e3:.2f} ms/batch, "
        f"{elapsed / len(events) * 1e6:.1f} µs/event"
    )
    Event.objects.all().delete()


def timed(label: str, function):
    started = time.perf_counter()
    result = function()
    elapsed = time.perf_counter() - started
    print(f"{label}: {elapsed:.2f} s (returned {result:,})")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--keep", action="store_true", help="Keep the bench database afterwards.")
    options = parser.parse_args()

    captured = time_capture()
    if connection.vendor != "postgresql":
        sys.exit("Set DATABASE_URL to a PostgreSQL server: this benchmark measures PostgreSQL.")
    original_name = connection.settings_dict["NAME"]
    started = time.perf_counter()
    connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    print(f"Fresh database {connection.settings_dict['NAME']} migrated in {time.perf_counter() - started:.1f} s")
    try:
        time_batch_store(captured)
        today = timezone.now().date()
        first_day = today - datetime.timedelta(days=options.days - 1)
        visitors_per_day = round(options.events / options.days / EVENTS_PER_VISITOR_DAY * 1.1)
        events = islice(
            synthetic_events(first_day=first_day, days=options.days, visitors_per_day=visitors_per_day, seed=42),
            options.events,
        )
        started = time.perf_counter()
        copy_events(events, options.events)
        stored = Event.objects.count()
        span = Event.objects.order_by("occurred_at").values_list("occurred_at", flat=True)
        print(
            f"Generated and loaded {stored:,} events ({span.first():%Y-%m-%d} to {span.last():%Y-%m-%d}) "
            f"in {time.perf_counter() - started:.1f} s"
        )

        full = timed("First roll-up of all days (rollups_update)", rollups_update)
        print(
            f"  rows: {DailyRollup.objects.count():,} daily, {MonthlyRollup.objects.count():,} monthly, "
            f"{YearlyRollup.objects.count():,} yearly"
        )
        print(f"  throughput: {stored / full:,.0f} events/s")
        timed("Hourly catch-up run (yesterday and today again)", rollups_update)
        timed("Prune raw events older than 90 days (events_prune)", lambda: events_prune(retention_days=90))
        print(f"Raw events left: {Event.objects.count():,}")
    finally:
        if not options.keep:
            connection.creation.destroy_test_db(original_name, verbosity=0)


if __name__ == "__main__":
    main()
