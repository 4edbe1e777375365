"""Liveness of the services the site depends on, for /healthz and operators."""

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import connection

from inspire.celery import app as celery_app

logger = logging.getLogger(__name__)

HEALTH_CACHE_KEY = "healthz:probe"


def check_database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return "ok"


def check_cache() -> str:
    cache.set(HEALTH_CACHE_KEY, "1", timeout=10)
    if cache.get(HEALTH_CACHE_KEY) != "1":
        raise RuntimeError("cache did not return what was stored")
    return "ok"


def check_broker() -> str:
    if settings.CELERY_TASK_ALWAYS_EAGER and not settings.REDIS_URL:
        return "in-process"
    with celery_app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, timeout=2)
    return "ok"


CHECKS = {"database": check_database, "cache": check_cache, "broker": check_broker}


def service_states() -> tuple[bool, dict[str, str]]:
    states = {}
    healthy = True
    for name, check in CHECKS.items():
        try:
            states[name] = check()
        except Exception as exc:  # any failure means "down"; the reason is logged, not shown
            logger.warning("health check %s failed: %s", name, exc)
            states[name] = "down"
            healthy = False
    return healthy, states
