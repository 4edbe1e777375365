import pytest
from django.urls import reverse
from django.utils import timezone

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


def test_removing_a_member_in_admin_ends_their_watches_and_is_logged(client, staff_user, private_group, member):
    from etisc import services
    from etisc.models import Watch, WatchLevel

    services.watch_set(user=member, group=private_group, level=WatchLevel.WATCHING)
    membership = private_group.memberships.get(user=member)
    client.force_login(staff_user)
    created = timezone.localtime(private_group.created_at)
    joined = timezone.localtime(membership.created_at)
    data = {
        "slug": private_group.slug,
        "name": private_group.name,
        "description": private_group.description,
        "visibility": private_group.visibility,
        "created_at_0": created.date().isoformat(),
        "created_at_1": created.strftime("%H:%M:%S"),
        "memberships-TOTAL_FORMS": "1",
        "memberships-INITIAL_FORMS": "1",
        "memberships-0-id": membership.pk,
        "memberships-0-group": private_group.pk,
        "memberships-0-user": member.pk,
        "memberships-0-role": membership.role,
        "memberships-0-status": membership.status,
        "memberships-0-created_at_0": joined.date().isoformat(),
        "memberships-0-created_at_1": joined.strftime("%H:%M:%S"),
        "memberships-0-DELETE": "on",
    }
    response = client.post(reverse("admin:etisc_group_change", args=[private_group.pk]), data)
    assert response.status_code == 302, response.context and response.context["adminform"].form.errors
    assert not private_group.memberships.filter(user=member).exists()
    assert not Watch.objects.filter(user=member, group=private_group).exists()
    assert ModerationLog.objects.filter(action="membership_remove", actor=staff_user, target_user=member).exists()
