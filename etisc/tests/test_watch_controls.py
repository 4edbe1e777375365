"""Watch controls in plain words: one button to hear of every new reply and to stop, every level behind it."""

import pytest
from django.urls import reverse

from etisc import selectors, services
from etisc.models import Notification, WatchLevel

pytestmark = pytest.mark.django_db


def test_member_starts_and_stops_hearing_of_every_reply_with_one_button(client, public_topic, outsider, other_user):
    url = reverse("etisc:topic_watch", args=[public_topic.pk])
    client.force_login(outsider)
    page = client.get(public_topic.get_absolute_url()).content.decode()
    assert "Notify me about every new reply" in page
    assert 'name="level" value="watching"' in page

    client.post(url, {"level": "watching"})
    services.post_create(user=other_user, topic=public_topic, body="First news")
    assert Notification.objects.get(recipient=outsider).kind == Notification.Kind.WATCHED
    page = client.get(public_topic.get_absolute_url()).content.decode()
    assert "Stop notifying me about every new reply" in page
    assert '<input type="hidden" name="level" value="tracking">' in page

    client.post(url, {"level": "tracking"})
    services.post_create(user=other_user, topic=public_topic, body="Second news")
    assert Notification.objects.filter(recipient=outsider).count() == 1
    # Stopping keeps the count of unread replies in topic lists.
    assert selectors.watch_level(user=outsider, topic=public_topic) == WatchLevel.TRACKING


def test_every_level_is_offered_in_plain_words_with_the_current_one_checked(client, public_topic, member):
    client.force_login(member)
    services.watch_set(user=member, topic=public_topic, level=WatchLevel.MUTED)
    page = client.get(public_topic.get_absolute_url()).content.decode()
    assert "What should we notify you about in this topic?" in page
    assert 'value="muted" id="topic-watch-muted" checked' in page
    for words in ("Every new reply", "Only replies to me and mentions of me", "Nothing, not even replies to me"):
        assert words in page
    assert "Watching:" not in page and "Muted:" not in page


def test_group_button_follows_every_topic_and_stops_again(client, public_group, public_topic, outsider, other_user):
    url = reverse("etisc:group_watch", args=[public_group.slug])
    client.force_login(outsider)
    page = client.get(public_group.get_absolute_url()).content.decode()
    assert "Notify me about every new post in this group" in page
    client.post(url, {"level": "watching"})
    page = client.get(public_group.get_absolute_url()).content.decode()
    assert "Stop notifying me about every new post in this group" in page
    assert '<input type="hidden" name="level" value="normal">' in page
    services.post_create(user=other_user, topic=public_topic, body="For the whole group")
    assert Notification.objects.filter(recipient=outsider).count() == 1

    client.post(url, {"level": "normal"})
    services.post_create(user=other_user, topic=public_topic, body="Quiet again")
    assert Notification.objects.filter(recipient=outsider).count() == 1


def test_watch_controls_point_to_where_email_is_decided(client, public_topic, member):
    client.force_login(member)
    page = client.get(public_topic.get_absolute_url()).content.decode()
    assert f'<a href="{reverse("etisc:preferences")}">your notification settings</a>' in page
