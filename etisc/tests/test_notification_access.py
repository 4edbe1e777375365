"""Whoever can no longer read a group hears nothing more from it: not in the site, not by e-mail, not in a digest."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone

from conftest import make_user
from etisc import services
from etisc.models import Membership, ModerationLog, Notification, NotificationPreference, Suspension, Watch, WatchLevel
from etisc.tests.factories import EventFactory, MembershipFactory, TopicFactory

pytestmark = pytest.mark.django_db

EXITS = ["leave", "removal", "suspension"]
SECRET_TITLE = "Shortlist for the new TISC coordinator"


@pytest.fixture
def leaver(private_group, public_group):
    person = make_user("leaver")
    MembershipFactory(group=private_group, user=person)
    MembershipFactory(group=public_group, user=person)
    return person


@pytest.fixture
def leaver_topic(leaver, private_group):
    """The leaver's own topic, watched as its author, in a group whose every post the leaver watches too."""
    services.watch_set(user=leaver, group=private_group, level=WatchLevel.WATCHING)
    return services.topic_create(user=leaver, group=private_group, title=SECRET_TITLE, body="Three candidates.")


def _exit(how: str, *, leaver, group, moderator, staff_user) -> None:
    if how == "leave":
        services.membership_leave(user=leaver, group=group)
    elif how == "removal":
        services.membership_remove(actor=moderator, membership=Membership.objects.get(user=leaver, group=group))
    else:
        services.user_suspend(actor=staff_user, user=leaver, days=3, reason="Harvesting addresses")


def _mail_to(person) -> list:
    return [message for message in mail.outbox if person.email in message.to]


@pytest.mark.parametrize("how", EXITS)
def test_leaving_removal_or_suspension_stops_site_notifications_and_emails(
    how, leaver, leaver_topic, member, moderator, staff_user, private_group, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.post_create(user=member, topic=leaver_topic, body="The second one looks strong.")
    assert Notification.objects.filter(recipient=leaver).count() == 1
    assert len(_mail_to(leaver)) == 1
    before = set(Notification.objects.filter(recipient=leaver).values_list("pk", flat=True))

    _exit(how, leaver=leaver, group=private_group, moderator=moderator, staff_user=staff_user)
    with django_capture_on_commit_callbacks(execute=True):
        services.post_create(user=member, topic=leaver_topic, body=f"@{leaver.username}, what do you think?")
        services.post_create(user=moderator, topic=TopicFactory(group=private_group, author=member), body="New")
        services.event_announce(event=EventFactory(group=private_group, title="Staff-room webinar"))

    assert not Notification.objects.filter(recipient=leaver).exclude(pk__in=before).exists()
    assert len(_mail_to(leaver)) == 1


@pytest.mark.parametrize("how", EXITS)
def test_leaving_removal_or_suspension_stops_digests(
    how, leaver, leaver_topic, member, moderator, staff_user, private_group
):
    services.preference_update(user=leaver, email_mode=NotificationPreference.EmailMode.DAILY)
    services.post_create(user=member, topic=leaver_topic, body="Waiting for tonight's digest.")
    assert Notification.objects.get(recipient=leaver).email_state == Notification.EmailState.DIGEST

    _exit(how, leaver=leaver, group=private_group, moderator=moderator, staff_user=staff_user)
    services.post_create(user=member, topic=leaver_topic, body="And another one.")
    services.digests_send()

    assert _mail_to(leaver) == []
    assert not Notification.objects.filter(recipient=leaver, email_state=Notification.EmailState.DIGEST).exists()


@pytest.mark.parametrize("how", EXITS)
def test_email_queued_before_leaving_removal_or_suspension_is_not_sent_after(
    how, leaver, leaver_topic, member, moderator, staff_user, private_group, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as queued:
        services.post_create(user=member, topic=leaver_topic, body="Queued while the leaver is still in.")
    notification = Notification.objects.get(recipient=leaver)
    assert notification.email_state == Notification.EmailState.PENDING

    _exit(how, leaver=leaver, group=private_group, moderator=moderator, staff_user=staff_user)
    for callback in queued:
        callback()

    assert _mail_to(leaver) == []
    assert not Notification.objects.filter(pk=notification.pk, email_state=Notification.EmailState.SENT).exists()


@pytest.fixture(params=["membership deleted", "membership back to pending"])
def access_lost_elsewhere(request, leaver, private_group):
    """Access ended without the services (a raw admin edit, a script): only the send-time check stands."""

    def end():
        memberships = Membership.objects.filter(user=leaver, group=private_group)
        if request.param == "membership deleted":
            memberships.delete()
        else:
            memberships.update(status=Membership.Status.PENDING)

    return end


def test_sending_rechecks_that_the_recipient_can_still_read_the_topic(
    access_lost_elsewhere, leaver, leaver_topic, member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as queued:
        services.post_create(user=member, topic=leaver_topic, body="Queued before access ended.")
    access_lost_elsewhere()
    for callback in queued:
        callback()

    assert _mail_to(leaver) == []
    notification = Notification.objects.get(recipient=leaver)
    assert notification.email_state == Notification.EmailState.SKIPPED
    assert Watch.objects.filter(user=leaver, topic=leaver_topic).exists()
    services.post_create(user=member, topic=leaver_topic, body="Watches left behind notify no one.")
    assert Notification.objects.filter(recipient=leaver).count() == 1


def test_digest_rechecks_each_notification_and_sends_only_what_the_recipient_can_still_read(
    access_lost_elsewhere, leaver, leaver_topic, member, public_topic
):
    services.preference_update(user=leaver, email_mode=NotificationPreference.EmailMode.DAILY)
    services.watch_set(user=leaver, topic=public_topic, level=WatchLevel.WATCHING)
    services.post_create(user=member, topic=leaver_topic, body="Private news.")
    services.post_create(user=member, topic=public_topic, body="Public news.")
    access_lost_elsewhere()

    assert services.digests_send() == 1
    (digest,) = _mail_to(leaver)
    assert "Your daily digest: 1 notification" in digest.subject
    assert public_topic.title in digest.body and SECRET_TITLE not in digest.body
    states = dict(Notification.objects.filter(recipient=leaver).values_list("url", "email_state"))
    assert sorted(states.values()) == [Notification.EmailState.SENT, Notification.EmailState.SKIPPED]


def test_leaving_drops_the_groups_topic_watches_and_undelivered_notifications_only(
    client, leaver, leaver_topic, member, public_topic, private_group
):
    services.watch_set(user=leaver, topic=public_topic, level=WatchLevel.WATCHING)
    muted = TopicFactory(group=private_group, author=member, title="Muted thread")
    services.watch_set(user=leaver, topic=muted, level=WatchLevel.MUTED)
    services.post_create(user=member, topic=leaver_topic, body="Unread when they leave.")
    services.post_create(user=member, topic=public_topic, body="Public reply.")

    client.force_login(leaver)
    client.post(reverse("etisc:group_leave", args=[private_group.slug]))

    assert set(Watch.objects.filter(user=leaver).values_list("topic", "level")) == {
        (public_topic.pk, WatchLevel.WATCHING),
        (muted.pk, WatchLevel.MUTED),
    }
    assert [n.url for n in Notification.objects.filter(recipient=leaver)] == [
        public_topic.posts.get(number=2).get_absolute_url()
    ]
    assert SECRET_TITLE not in client.get(reverse("etisc:notifications")).content.decode()


def test_only_moderators_remove_members_and_removal_is_logged(leaver, private_group, outsider, moderator):
    membership = Membership.objects.get(user=leaver, group=private_group)
    with pytest.raises(PermissionDenied):
        services.membership_remove(actor=outsider, membership=membership)
    services.membership_remove(actor=moderator, membership=membership)
    assert not Membership.objects.filter(pk=membership.pk).exists()
    assert ModerationLog.objects.filter(
        action="membership_remove", actor=moderator, group=private_group, target_user=leaver
    ).exists()


def test_notifications_resume_when_a_suspension_ends(leaver, leaver_topic, member, staff_user):
    services.user_suspend(actor=staff_user, user=leaver, days=1, reason="Cooling off")
    services.post_create(user=member, topic=leaver_topic, body="While suspended.")
    assert not Notification.objects.filter(recipient=leaver).exists()
    Suspension.objects.filter(user=leaver).update(until=timezone.now() - timedelta(minutes=1))
    services.post_create(user=member, topic=leaver_topic, body="After the suspension.")
    assert Notification.objects.filter(recipient=leaver).count() == 1
