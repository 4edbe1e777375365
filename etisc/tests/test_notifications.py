"""In-site and e-mail notifications: replies, mentions, watching levels, preferences, broker outages."""

import time
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse

from etisc import services
from etisc.models import Notification, NotificationPreference, Post, WatchLevel
from etisc.tests.factories import EventFactory, TopicFactory
from inspire.celery import app as celery_app

DEAD_BROKER = "redis://127.0.0.1:1/0"


def _reset_broker_connections():
    # Celery caches its broker connection pools and result backend; drop them so the next publish
    # uses the current URLs.
    celery_app._pool = None
    celery_app.amqp._producer_pool = None
    celery_app._backend_cache = None
    celery_app._local.__dict__.pop("backend", None)


@pytest.fixture
def broker_down():
    """Redis gone: the broker and the result backend both, as they share one server."""
    saved = celery_app.conf.broker_url, celery_app.conf.result_backend, celery_app.conf.task_always_eager
    celery_app.conf.broker_url = celery_app.conf.result_backend = DEAD_BROKER
    celery_app.conf.task_always_eager = False
    _reset_broker_connections()
    yield
    celery_app.conf.broker_url, celery_app.conf.result_backend, celery_app.conf.task_always_eager = saved
    _reset_broker_connections()


@pytest.mark.django_db
def test_reply_notifies_topic_author_in_site_and_by_email(
    client, public_topic, member, outsider, django_capture_on_commit_callbacks
):
    client.force_login(outsider)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("etisc:topic_reply", args=[public_topic.pk]), {"body": "Try the classification first."})
    notification = Notification.objects.get(recipient=member)
    assert notification.kind == Notification.Kind.REPLY
    assert notification.email_state == Notification.EmailState.SENT
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [member.email]
    client.force_login(member)
    header = client.get(reverse("etisc:index")).content.decode()
    assert 'class="badge badge-warn">1<' in header
    assert "replied to you" in client.get(reverse("etisc:notifications")).content.decode()


@pytest.mark.django_db
def test_mention_notifies_the_mentioned_person(public_topic, outsider, other_user, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.post_create(user=outsider, topic=public_topic, body=f"What do you think, @{other_user.username}?")
    assert Notification.objects.get(recipient=other_user).kind == Notification.Kind.MENTION


@pytest.mark.django_db
def test_mentions_in_members_only_group_do_not_reach_outsiders(private_topic, member, outsider):
    services.post_create(user=member, topic=private_topic, body=f"Hi @{outsider.username}")
    assert not Notification.objects.filter(recipient=outsider).exists()


@pytest.mark.django_db
def test_muted_topic_sends_nothing(public_topic, member, outsider):
    services.watch_set(user=member, topic=public_topic, level=WatchLevel.MUTED)
    services.post_create(user=outsider, topic=public_topic, body="Anyone?")
    assert not Notification.objects.filter(recipient=member).exists()


@pytest.mark.django_db
def test_watching_a_group_notifies_every_new_post(public_topic, outsider, other_user):
    services.watch_set(user=other_user, group=public_topic.group, level=WatchLevel.WATCHING)
    services.post_create(user=outsider, topic=public_topic, body="News from the field")
    assert Notification.objects.get(recipient=other_user).kind == Notification.Kind.WATCHED


@pytest.mark.django_db
def test_topic_level_overrides_group_level(client, public_topic, outsider, other_user):
    services.watch_set(user=other_user, group=public_topic.group, level=WatchLevel.WATCHING)
    client.force_login(other_user)
    client.post(reverse("etisc:topic_watch", args=[public_topic.pk]), {"level": "normal"})
    services.post_create(user=outsider, topic=public_topic, body="Quiet please")
    assert not Notification.objects.filter(recipient=other_user).exists()


@pytest.mark.django_db
def test_invalid_watch_level_is_a_clear_error(client, public_topic, member):
    client.force_login(member)
    response = client.post(reverse("etisc:topic_watch", args=[public_topic.pk]), {"level": "loud"})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


@pytest.mark.django_db
def test_each_kind_can_be_switched_off(client, public_topic, member, outsider):
    client.force_login(member)
    data = {"reply": "", "mention": "on", "watched": "on", "answer": "on", "event": "on", "email_mode": "immediate"}
    assert client.post(reverse("etisc:preferences"), data).status_code == 302
    services.post_create(user=outsider, topic=public_topic, body="A reply nobody hears about")
    assert not Notification.objects.filter(recipient=member).exists()


@pytest.mark.django_db
def test_bad_preferences_show_form_errors(client, member):
    client.force_login(member)
    response = client.post(reverse("etisc:preferences"), {"email_mode": "hourly"})
    assert response.status_code == 400


@pytest.mark.django_db
def test_daily_digest_gathers_notifications_into_one_email(public_topic, member, outsider, other_user):
    services.preference_update(user=member, email_mode=NotificationPreference.EmailMode.DAILY)
    services.post_create(user=outsider, topic=public_topic, body="First")
    services.post_create(user=other_user, topic=public_topic, body=f"Second, @{member.username}")
    assert mail.outbox == []
    from etisc.tasks import digests_send

    assert digests_send.delay().get() == 1
    assert len(mail.outbox) == 1 and "2 notifications" in mail.outbox[0].subject
    assert not Notification.objects.filter(email_state=Notification.EmailState.DIGEST).exists()


@pytest.mark.django_db
def test_new_event_in_followed_group_notifies_members(public_group, member):
    event = EventFactory(group=public_group, title="Sequence searching webinar")
    services.event_announce(event=event)
    notification = Notification.objects.get(recipient=member)
    assert notification.kind == Notification.Kind.EVENT and "Sequence searching webinar" in notification.text


@pytest.mark.django_db
def test_opening_a_notification_marks_it_read(client, public_topic, member, outsider):
    services.post_create(user=outsider, topic=public_topic, body="Reply")
    notification = Notification.objects.get(recipient=member)
    client.force_login(member)
    response = client.get(reverse("etisc:notification_open", args=[notification.pk]))
    assert response.status_code == 302
    assert client.get(response["Location"])["Location"] == f"{public_topic.get_absolute_url()}?page=1#post-2"
    notification.refresh_from_db()
    assert notification.read_at is not None


@pytest.mark.django_db(transaction=True)
def test_no_post_lost_when_the_broker_is_down(require_redis, broker_down, member, outsider):
    topic = TopicFactory(author=member)
    post = services.post_create(user=outsider, topic=topic, body="Saved even without a broker")
    assert Post.objects.filter(pk=post.pk).exists()
    notification = Notification.objects.get(recipient=member)
    assert notification.email_state == Notification.EmailState.PENDING
    assert mail.outbox == []
    # The broker is back: the periodic retry queues what was left pending.
    celery_app.conf.broker_url = celery_app.conf.result_backend = require_redis
    celery_app.conf.task_always_eager = True
    _reset_broker_connections()
    assert services.notifications_retry_unsent(older_than=timedelta(0)) == 1
    notification.refresh_from_db()
    assert notification.email_state == Notification.EmailState.SENT
    assert len(mail.outbox) == 1


def test_real_worker_sends_the_notification_email(celery_worker, member, outsider):
    topic = TopicFactory(author=member, title="Worker topic")
    services.post_create(user=outsider, topic=topic, body="Hello from the other side")
    deadline = time.monotonic() + 20
    while not mail.outbox and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [member.email]
    assert "Worker topic" in mail.outbox[0].subject
    assert Notification.objects.get(recipient=member).email_state == Notification.EmailState.SENT


@pytest.mark.django_db
def test_approving_a_held_topic_notifies_the_groups_watchers(public_group, outsider, moderator, other_user):
    public_group.hold_new_user_posts = True
    public_group.save()
    services.watch_set(user=other_user, group=public_group, level=WatchLevel.WATCHING)
    topic = services.topic_create(user=outsider, group=public_group, title="Held at first", body="Hello")
    assert not Notification.objects.filter(recipient=other_user).exists()
    services.post_moderate(actor=moderator, post=topic.posts.get(), action="approve")
    assert Notification.objects.get(recipient=other_user).kind == Notification.Kind.WATCHED
