import pytest
from django.urls import reverse

from etisc import content
from etisc.models import ModerationLog, Topic
from inspire.content.seeding import Seeder

pytestmark = pytest.mark.django_db

MODELS = ["group", "topic", "post", "report", "suspension", "moderationlog", "expertsession", "newsitem", "event"]


@pytest.mark.parametrize("model", MODELS)
def test_staff_browse_every_etisc_model_in_admin(client, staff_user, model):
    content.load(Seeder())
    client.force_login(staff_user)
    assert client.get(reverse(f"admin:etisc_{model}_changelist")).status_code == 200


def test_admin_lock_action_goes_through_the_audit_log(client, staff_user):
    content.load(Seeder())
    topic = Topic.objects.first()
    client.force_login(staff_user)
    client.post(reverse("admin:etisc_topic_changelist"), {"action": "lock", "_selected_action": [topic.pk]})
    topic.refresh_from_db()
    assert topic.locked
    assert ModerationLog.objects.filter(action="topic_lock", topic=topic, actor=staff_user).exists()


def test_beat_retries_unsent_notification_emails():
    from etisc import tasks
    from inspire.celery import app

    entry = app.conf.beat_schedule["etisc-retry-unsent-notifications"]
    assert entry["task"] == tasks.notifications_retry_unsent.name
