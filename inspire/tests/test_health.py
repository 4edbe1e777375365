import logging

import pytest

# The site's own cache backend pointed at a port where nothing listens: a real outage.
OUTAGE_CACHE = {
    "BACKEND": "django_redis.cache.RedisCache",
    "LOCATION": "redis://127.0.0.1:1/0",
    "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.1, "SOCKET_TIMEOUT": 0.1},
}


@pytest.mark.django_db
def test_health_reports_all_services_up(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["services"]["database"] == "ok"
    assert body["services"]["cache"] == "ok"
    assert body["services"]["broker"] in {"ok", "in-process"}


@pytest.mark.django_db
def test_health_reports_real_redis_broker_up(client, require_redis):
    assert client.get("/healthz").json()["services"]["broker"] == "ok"


@pytest.mark.django_db
def test_health_answers_503_when_cache_is_unreachable(client, settings):
    # Nothing listens on port 1: a real connection failure, not a mock.
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"}
    }
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["services"]["cache"] == "down"
    assert response.json()["services"]["database"] == "ok"


@pytest.mark.django_db
def test_health_answers_503_when_broker_is_unreachable(client, settings, require_redis):
    from inspire.celery import app

    original = app.conf.broker_url
    app.conf.broker_url = "redis://127.0.0.1:1/0"
    try:
        response = client.get("/healthz")
    finally:
        app.conf.broker_url = original
    assert response.status_code == 503
    assert response.json()["services"]["broker"] == "down"


@pytest.mark.django_db
def test_pages_and_api_keep_answering_when_redis_is_down(client, api_client, settings):
    settings.CACHES = {"default": OUTAGE_CACHE}
    assert client.get("/").status_code == 200
    assert api_client.get("/api/v1/").status_code == 200
    assert client.get("/healthz").json()["services"]["cache"] == "down"


@pytest.mark.django_db
def test_a_cache_outage_logs_one_short_line_not_a_traceback_per_call(client, settings, caplog, monkeypatch):
    settings.CACHES = {"default": OUTAGE_CACHE}
    outage_log = logging.getLogger("inspire.cache.outage")
    for log_filter in outage_log.filters:
        monkeypatch.setattr(log_filter, "last_logged", float("-inf"))
    with caplog.at_level(logging.WARNING, logger="inspire.cache.outage"):
        for _ in range(3):
            client.get("/healthz")
    lines = [record for record in caplog.records if record.name == "inspire.cache.outage"]
    assert len(lines) == 1
    assert lines[0].getMessage().startswith("cache unreachable, serving without it")
    assert lines[0].exc_info is None


@pytest.mark.django_db
def test_committed_work_stands_when_the_broker_is_down(user, require_redis, django_capture_on_commit_callbacks):
    from inspire.celery import app
    from inspire.tasks import email_send

    original, app.conf.task_always_eager = app.conf.task_always_eager, False
    app.conf.broker_url, broker = "redis://127.0.0.1:1/0", app.conf.broker_url
    try:
        with django_capture_on_commit_callbacks(execute=True):
            user.organization = "Saved despite the outage"
            user.save()
            email_send.delay_on_commit(subject="s", body="b", to=["x@example.org"])
    finally:
        app.conf.broker_url, app.conf.task_always_eager = broker, original
    user.refresh_from_db()
    assert user.organization == "Saved despite the outage"
