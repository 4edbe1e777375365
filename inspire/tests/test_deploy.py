"""docker-compose.yml cannot be run here (no Docker engine), so its promises are checked as data."""

from pathlib import Path

import yaml
from django.conf import settings

COMPOSE = yaml.safe_load((Path(settings.BASE_DIR) / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
LONG_RUNNING = ["postgres", "redis", "web", "worker", "beat"]


def test_every_long_running_service_restarts_and_has_a_health_check():
    for name in LONG_RUNNING:
        assert SERVICES[name]["restart"] == "unless-stopped", name
        assert SERVICES[name]["healthcheck"]["test"], name


def test_migrations_and_content_run_once_in_init_and_the_others_wait_for_it():
    assert "migrate" in SERVICES["init"]["command"] and "load_content" in SERVICES["init"]["command"]
    assert SERVICES["init"]["restart"] == "no"
    for name in ("web", "worker", "beat"):
        assert SERVICES[name]["depends_on"]["init"] == {"condition": "service_completed_successfully"}, name
        assert "migrate" not in str(SERVICES[name]["command"]), name
        assert "load_content" not in str(SERVICES[name]["command"]), name
