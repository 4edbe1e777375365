import os
import subprocess
import sys

from django.conf import settings


def run_prod_settings(env_overrides: dict[str, str]) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in {"DJANGO_SECRET_KEY", "ALLOWED_HOSTS"}}
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "-c", "import inspire.settings.prod"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_refuses_to_start_without_secret_key():
    result = run_prod_settings({"ALLOWED_HOSTS": "hub.example.org"})
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_prod_settings({"DJANGO_SECRET_KEY": "x" * 60})
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set" in result.stderr


def test_production_starts_with_both():
    result = run_prod_settings({"DJANGO_SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "hub.example.org"})
    assert result.returncode == 0, result.stderr


def test_tests_use_their_own_redis_database_and_a_test_database_name_of_their_own():
    from inspire.settings.test import TEST_REDIS_DB

    if settings.REDIS_URL and not os.environ.get("TEST_REDIS_URL"):
        assert settings.REDIS_URL.endswith(f"/{TEST_REDIS_DB}")
        assert settings.CACHES["default"]["LOCATION"].endswith(f"/{TEST_REDIS_DB}")
        assert settings.CELERY_BROKER_URL.endswith(f"/{TEST_REDIS_DB}")
    name = settings.DATABASES["default"]["TEST"]["NAME"]
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    expected = os.environ.get("TEST_DATABASE_NAME", f"test_inspire_{os.getpid()}")
    assert name == (f"{expected}_{worker}" if worker else expected)
