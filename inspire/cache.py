"""The cache holds nothing that cannot be recomputed (figures, fragments, throttle and rate-limit
counters), so while Redis is down pages keep rendering: django-redis's IGNORE_EXCEPTIONS mode makes
reads miss, drops writes and lets rate limits fail open. /healthz still reports the cache as down.
"""

import logging
import time
import uuid

from django.core.cache import cache

LOG_EVERY_SECONDS = 60


class CacheOutageLog(logging.Filter):
    """Lets one short line a minute through for django-redis's ignored errors. During an outage
    every cache call fails, and a traceback per call would bury everything else in the log."""

    def __init__(self):
        super().__init__()
        self.last_logged = float("-inf")

    def filter(self, record: logging.LogRecord) -> bool:
        now = time.monotonic()
        if now - self.last_logged < LOG_EVERY_SECONDS:
            return False
        self.last_logged = now
        error = record.exc_info[1] if record.exc_info else None
        record.msg, record.args = "cache unreachable, serving without it: %s", (error or record.getMessage(),)
        record.exc_info = record.exc_text = None
        return True


def version_token(key: str) -> str:
    """The token stored at `key`, made once if missing (add, so concurrent first readers agree).
    Cached fragments and pages carry it in their keys; deleting or replacing it retires them all."""
    version = cache.get(key)
    if version is None:
        cache.add(key, uuid.uuid4().hex, timeout=None)
        version = cache.get(key) or "uncached"
    return version
