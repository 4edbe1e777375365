"""Where captured events wait before they are stored: this process's memory, then PostgreSQL in batches.

Nothing waits in Redis. A Redis without persistence, as managed Redis often runs, loses what it holds
when it dies (in the fault drill, every event queued before the kill). A page only appends its event
to a list in memory; a writer thread in each process stores the list in one INSERT when it holds
USAGE_BUFFER_SIZE events or every USAGE_FLUSH_SECONDS, and the process stores what is left as it exits.
While the database is away the events stay in memory (at most USAGE_BUFFER_MAX, the oldest dropped
first) and are stored when it answers again.

With USAGE_FLUSH_SECONDS = 0 there is no thread (the test settings): the request that fills the buffer
stores it, and services.events_flush() stores it on demand.
"""

import atexit
import logging
import os
import threading

from django.conf import settings

logger = logging.getLogger(__name__)

# How long an exiting process waits for a write in progress before storing the rest itself.
EXIT_WAIT_SECONDS = 10.0

_lock = threading.Lock()
_wake = threading.Condition(_lock)
_events: list[dict] = []
_writer: threading.Thread | None = None
_stopping = False


def push(event: dict) -> bool:
    """Queue one event. True means the caller should store the buffer now: it is full and no writer
    thread runs."""
    with _lock:
        _events.append(event)
        dropped = _trim()
        full = len(_events) >= settings.USAGE_BUFFER_SIZE
        threaded = settings.USAGE_FLUSH_SECONDS > 0
        if threaded and not _stopping and (_writer is None or not _writer.is_alive()):
            _start_writer()
        if threaded and full:
            _wake.notify()
    if dropped:
        logger.warning("Usage events: buffer over USAGE_BUFFER_MAX, %d oldest events dropped", dropped)
    return full and not threaded


def take() -> list[dict]:
    """Everything queued, removed from the buffer."""
    global _events
    with _lock:
        taken, _events = _events, []
    return taken


def put_back(events: list[dict]) -> None:
    """Return events that could not be stored, ahead of those queued since, for the next write."""
    global _events
    with _lock:
        _events = events + _events
        dropped = _trim()
    if dropped:
        logger.warning("Usage events: buffer over USAGE_BUFFER_MAX, %d oldest events dropped", dropped)


def size() -> int:
    return len(_events)


def _trim() -> int:
    # Called with the lock held. Memory is bounded even when the database stays away for long.
    overflow = len(_events) - settings.USAGE_BUFFER_MAX
    if overflow > 0:
        del _events[:overflow]
        return overflow
    return 0


def _start_writer() -> None:
    global _writer
    _writer = threading.Thread(target=_write_forever, name="usage-events-writer", daemon=True)
    _writer.start()


def _write_forever() -> None:
    from django.db import close_old_connections, connections

    from inspire.usage.services import events_flush

    while True:
        with _lock:
            if not _stopping and len(_events) < settings.USAGE_BUFFER_SIZE:
                _wake.wait(timeout=settings.USAGE_FLUSH_SECONDS)
            if _stopping:
                connections.close_all()  # this thread's own connection, which nothing else would close
                return  # shutdown() stores what is left
        if not _events:
            continue
        # This thread keeps its own connection; like a request, it gives it up when stale or broken.
        close_old_connections()
        try:
            events_flush()
        except Exception:  # the writer must outlive any one failure
            logger.warning("Usage events: write failed, will retry", exc_info=True)
        close_old_connections()


def shutdown() -> None:
    """Stop the writer thread and store what is still queued (at process exit)."""
    global _stopping
    with _lock:
        _stopping = True
        _wake.notify_all()
        writer = _writer
    if writer is not None:
        writer.join(timeout=EXIT_WAIT_SECONDS)
    if _events:
        from inspire.usage.services import events_flush

        try:
            events_flush()
        except Exception:
            logger.warning("Usage events: could not store the buffer at exit", exc_info=True)


def reset() -> None:
    """Forget queued events and any writer thread (tests, and a forked child: the parent's events are
    the parent's to store, and its lock may have been held at the fork)."""
    global _lock, _wake, _events, _writer, _stopping
    _lock = threading.Lock()
    _wake = threading.Condition(_lock)
    _events, _writer, _stopping = [], None, False


os.register_at_fork(after_in_child=reset)
atexit.register(shutdown)
