"""Celery app. Every task acks late and retries with backoff unless it says otherwise."""

import os

from celery import Celery
from celery.contrib.django.task import DjangoTask

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "inspire.settings.dev")


class RetryingTask(DjangoTask):
    autoretry_for = (Exception,)
    retry_backoff = True
    retry_backoff_max = 600
    retry_jitter = True
    max_retries = 5
    acks_late = True

    def delay_on_commit(self, *args, **kwargs) -> None:
        """Queue after the transaction commits. If the broker is down then, the committed work stands
        and Django logs the failure instead of raising it: durable follow-ups (notifications) keep
        their own pending state and are retried by beat."""
        from django.db import transaction

        def publish():
            self.delay(*args, **kwargs)

        transaction.on_commit(publish, robust=True)


app = Celery("inspire", task_cls=RetryingTask)
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
