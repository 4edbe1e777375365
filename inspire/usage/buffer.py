"""Where captured events wait before they are written: a Redis list, or this process's memory.

Pushing must never slow a page down or break it. With REDIS_URL the event goes to a Redis list (short
timeouts); if Redis fails, it stays in a small in-process buffer and Redis is not tried again for a
while. Without REDIS_URL the in-process buffer is written to the database in batches.
"""

import atexit
import functools
import json
import logging
import threading
import time

import redis
from django.conf import settings

logger = logging.getLogger(__name__)

REDIS_LIST_KEY = "inspire:usage:events"
REDIS_FLUSH_LOCK_KEY = "inspire:usage:flush-lock"
SOCKET_TIMEOUT_SECONDS = 0.25
RETRY_REDIS_AFTER_SECONDS = 30.0
# If no worker flushes for a long time, the oldest events are dropped rather than filling Redis's memory.
REDIS_MAX_QUEUED = 500_000
# Written to the database when this many events wait, or the oldest has waited this long.
LOCAL_MAX_AGE_SECONDS = 10.0

_lock = threading.Lock()
_local: list[dict] = []
_local_oldest = 0.0
_redis_down_until = 0.0


@functools.cache
def _client_for(url: str) -> redis.Redis:
    return redis.Redis.from_url(
        url,
        socket_timeout=SOCKET_TIMEOUT_SECONDS,
        socket_connect_timeout=SOCKET_TIMEOUT_SECONDS,
        retry_on_timeout=False,
        health_check_interval=30,
    )


def redis_client() -> redis.Redis | None:
    """The client for REDIS_URL, or None when there is no Redis or it failed a moment ago."""
    if not settings.REDIS_URL or time.monotonic() < _redis_down_until:
        return None
    return _client_for(settings.REDIS_URL)


def mark_redis_down() -> None:
    global _redis_down_until
    _redis_down_until = time.monotonic() + RETRY_REDIS_AFTER_SECONDS


def reset() -> None:
    """Forget the in-process buffer and any Redis outage (used by tests and after a settings change)."""
    global _local, _redis_down_until
    with _lock:
        _local = []
        _redis_down_until = 0.0
    _client_for.cache_clear()


def push(event: dict) -> bool:
    """Queue one event. Returns True when the in-process buffer is full or old and should be written."""
    client = redis_client()
    if client is not None:
        try:
            client.pipeline(transaction=False).rpush(REDIS_LIST_KEY, json.dumps(event)).ltrim(
                REDIS_LIST_KEY, -REDIS_MAX_QUEUED, -1
            ).execute()
            # Redis is back: what was held in memory during the outage is due now, not at exit.
            return bool(_local)
        except redis.RedisError:
            logger.warning("Usage events: Redis unavailable, buffering in process", exc_info=True)
            mark_redis_down()
    return push_local(event)


def push_local(event: dict) -> bool:
    global _local_oldest
    with _lock:
        if not _local:
            _local_oldest = time.monotonic()
        _local.append(event)
        return len(_local) >= settings.USAGE_BUFFER_SIZE or time.monotonic() - _local_oldest > LOCAL_MAX_AGE_SECONDS


def take_local() -> list[dict]:
    global _local
    with _lock:
        taken, _local = _local, []
    return taken


def local_size() -> int:
    return len(_local)


def _flush_at_exit() -> None:
    # Without Redis, events still in memory when the process ends would be lost.
    if _local:
        from inspire.usage.services import events_flush_local

        try:
            events_flush_local()
        except Exception:
            logger.warning("Usage events: could not write the in-process buffer at exit", exc_info=True)


atexit.register(_flush_at_exit)
