"""Redis cache that treats an unreachable Redis as an empty cache instead of an error.

The cache holds nothing that cannot be recomputed (figures, throttle and rate-limit counters), so
while Redis is down pages keep rendering: reads miss, writes are dropped, rate limits fail open.
/healthz still reports the cache as down.
"""

import logging
import time
import uuid

from django.core.cache import cache
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)
OUTAGE_ERRORS = (RedisConnectionError, RedisTimeoutError)
LOG_EVERY_SECONDS = 60


class ResilientRedisCache(RedisCache):
    _last_logged = 0.0

    def _outage(self, operation: str, error: Exception) -> None:
        now = time.monotonic()
        if now - ResilientRedisCache._last_logged > LOG_EVERY_SECONDS:
            ResilientRedisCache._last_logged = now
            logger.warning("cache unreachable during %s, serving without it: %s", operation, error)

    def _guard(self, operation: str, fallback, call, *args, **kwargs):
        try:
            return call(*args, **kwargs)
        except OUTAGE_ERRORS as error:
            self._outage(operation, error)
            return fallback

    def add(self, *args, **kwargs):
        return self._guard("add", False, super().add, *args, **kwargs)

    def get(self, key, default=None, version=None):
        return self._guard("get", default, super().get, key, default, version)

    def set(self, *args, **kwargs):
        return self._guard("set", None, super().set, *args, **kwargs)

    def touch(self, *args, **kwargs):
        return self._guard("touch", False, super().touch, *args, **kwargs)

    def delete(self, *args, **kwargs):
        return self._guard("delete", False, super().delete, *args, **kwargs)

    def get_many(self, *args, **kwargs):
        return self._guard("get_many", {}, super().get_many, *args, **kwargs)

    def has_key(self, *args, **kwargs):
        return self._guard("has_key", False, super().has_key, *args, **kwargs)

    def incr(self, key, delta=1, version=None):
        try:
            return super().incr(key, delta, version)
        except OUTAGE_ERRORS as error:
            self._outage("incr", error)
            raise ValueError(f"Key '{key}' not found (cache unreachable)") from error

    def set_many(self, *args, **kwargs):
        return self._guard("set_many", [], super().set_many, *args, **kwargs)

    def delete_many(self, *args, **kwargs):
        return self._guard("delete_many", None, super().delete_many, *args, **kwargs)

    def clear(self):
        return self._guard("clear", None, super().clear)


def version_token(key: str) -> str:
    """The token stored at `key`, made once if missing (add, so concurrent first readers agree).
    Cached fragments and pages carry it in their keys; deleting or replacing it retires them all."""
    version = cache.get(key)
    if version is None:
        cache.add(key, uuid.uuid4().hex, timeout=None)
        version = cache.get(key) or "uncached"
    return version
