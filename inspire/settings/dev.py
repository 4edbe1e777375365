"""Local development: debug on, a throwaway secret key unless one is given."""

from .base import *  # noqa: F403
from .base import LOGGING, env

DEBUG = env.bool("DJANGO_DEBUG", default=True)
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="dev-only-insecure-key-do-not-use-in-production")
# `make run` signs in as the demo TISC coordinator with this (README); production leaves it empty.
TISC_DEMO_PASSWORD = env.str("TISC_DEMO_PASSWORD", default="inspire-demo")

# In-process tasks (no Redis) would log every e-mail and search update during load_content.
LOGGING = {
    **LOGGING,
    "loggers": {
        **LOGGING["loggers"],
        "celery.app.trace": {"level": "WARNING"},
        "kombu": {"level": "WARNING"},
    },
}
