import pytest


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
