import pytest
from django.core import mail

from inspire.celery import app
from inspire.tasks import email_send


def test_tasks_ack_late_and_retry_by_default():
    assert app.conf.task_acks_late is True
    assert email_send.acks_late is True
    assert email_send.max_retries == 5
    assert Exception in email_send.autoretry_for


def test_real_worker_delivers_email_through_redis(celery_worker):
    result = email_send.apply_async(
        kwargs={"subject": "Welcome", "body": "Hello from the worker", "to": ["amina@example.org"]},
        ignore_result=False,
    )
    assert result.get(timeout=20) == 1
    assert mail.outbox[-1].subject == "Welcome"
    assert mail.outbox[-1].to == ["amina@example.org"]


@pytest.mark.django_db
def test_without_broker_tasks_run_in_process(settings):
    assert app.conf.task_always_eager is True
    email_send.delay(subject="Eager", body="b", to=["x@example.org"])
    assert mail.outbox[-1].subject == "Eager"
