"""The cache holds nothing that cannot be recomputed (figures, fragments, throttle and rate-limit
counters), so while Redis is down pages keep rendering: django-redis's IGNORE_EXCEPTIONS mode makes
reads miss, drops writes and lets rate limits fail open. /healthz still reports the cache as down.
"""

import hashlib
import json
import logging
import time
import uuid
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

LOG_EVERY_SECONDS = 60
T = TypeVar("T")


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


def cached_per_version(version_key: str, name: str, params: object, compute: Callable[[], T]) -> T:
    """`compute()`, kept under the version token at `version_key` and `params` (JSON-able): for what
    many requests derive from content alone, such as facet counts. Retiring the version retires it;
    the day's timeout only bounds how long combinations nobody asks for again stay in Redis."""
    digest = hashlib.sha256(json.dumps(params, sort_keys=True, default=str).encode()).hexdigest()[:32]
    key = f"{name}:{version_token(version_key)}:{digest}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout=24 * 3600)
    return value


def retire_version(key: str) -> None:
    """Retire the version token at `key` now, and again after commit: a request rendered meanwhile
    may have cached what it read before the write."""
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


def retire_on_change(key: str, *models) -> None:
    """Retire the version token at `key` whenever a row of `models`, or one of their many-to-many
    links, is saved or deleted: by services, the admin or a content import alike. Writes that send
    no signal (QuerySet.update, bulk_create) call retire_version themselves."""

    def retire(sender, **kwargs) -> None:
        retire_version(key)

    for model in models:
        uid = f"{key}:{model._meta.label}"
        post_save.connect(retire, sender=model, weak=False, dispatch_uid=f"{uid}:save")
        post_delete.connect(retire, sender=model, weak=False, dispatch_uid=f"{uid}:delete")
        for relation in model._meta.local_many_to_many:
            through = relation.remote_field.through
            m2m_changed.connect(retire, sender=through, weak=False, dispatch_uid=f"{uid}:{relation.name}")
