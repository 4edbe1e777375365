"""@mentions: a known member's name links to the discussions they took part in; nobody else learns of a private post."""

from html.parser import HTMLParser

import pytest
from django.core import mail
from django.urls import reverse

from conftest import make_user
from etisc import services
from etisc.models import Notification, NotificationPreference
from etisc.tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


def _reply(client, topic, body: str):
    response = client.post(reverse("etisc:topic_reply", args=[topic.pk]), {"body": body})
    assert response.status_code == 302, response.content.decode()
    return topic.posts.order_by("-number").first()


def _thread_html(client, topic) -> str:
    html = client.get(topic.get_absolute_url()).content.decode()
    return html.split('class="etisc-thread"')[1].split('id="reply"')[0]


def test_mention_of_a_member_links_to_the_discussions_they_took_part_in(client, public_topic, member, outsider):
    client.force_login(outsider)
    _reply(client, public_topic, f"Thanks @{member.username}, that helped.")
    body = _thread_html(client, public_topic)
    member_url = f"{reverse('etisc:topics')}?author={member.username}"
    assert f'<a href="{member_url}" rel="nofollow noopener noreferrer">@{member.username}</a>, that helped.' in body

    listing = client.get(member_url).content.decode()
    assert f"Topics with posts by {member.display_name} (@{member.username})" in listing
    assert public_topic.title in listing


def test_unknown_or_inactive_names_stay_plain_text(client, public_topic, member):
    make_user("gone", is_active=False)
    client.force_login(member)
    post = _reply(client, public_topic, "Ask @nobody-here or @gone, or write to help@example.org.")
    assert post.body_html == "<p>Ask @nobody-here or @gone, or write to help@example.org.</p>"


def test_a_sentence_may_end_right_after_a_name(client, public_topic, member, outsider):
    client.force_login(member)
    post = _reply(client, public_topic, f"Over to @{outsider.username}.")
    assert post.body_html.endswith(f">@{outsider.username}</a>.</p>")


def test_names_in_code_and_inside_links_are_not_turned_into_links(client, public_topic, member, outsider):
    client.force_login(member)
    name = outsider.username
    post = _reply(client, public_topic, f"`@{name}` and [ask @{name}](https://example.org/ask)\n\n    @{name} in code")
    assert "?author=" not in post.body_html
    assert f"<code>@{name}</code>" in post.body_html
    assert f'<a href="https://example.org/ask" rel="nofollow noopener noreferrer">ask @{name}</a>' in post.body_html


class _Tags(HTMLParser):
    """Every element and attribute of an HTML fragment, as a browser would parse them."""

    def __init__(self, html: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


@pytest.mark.parametrize(
    "payload",
    [
        "@<script>alert(1)</script>",
        "@outsider<script>alert(1)</script>",
        "[@outsider](javascript:alert(1))",
        "[x](javascript:alert(1)) @outsider",
        '@outsider" onmouseover="alert(1)',
        "<a href='javascript:alert(1)'>@outsider</a>",
        "@outsider<img src=x onerror=alert(1)>",
    ],
)
def test_hostile_text_around_mentions_is_rendered_inert(client, public_topic, member, outsider, payload):
    client.force_login(member)
    post = _reply(client, public_topic, f"Look {payload}")
    tags = _Tags(post.body_html).tags
    assert {tag for tag, _attrs in tags} <= {"p", "a"}, post.body_html
    assert all(set(attrs) <= {"href", "rel"} for _tag, attrs in tags), post.body_html
    hrefs = [attrs["href"] for _tag, attrs in tags if "href" in attrs]
    assert all(href == f"{reverse('etisc:topics')}?author=outsider" for href in hrefs), post.body_html
    assert "<script" not in _thread_html(client, public_topic).lower()


def test_mention_links_survive_an_edit_and_follow_the_new_text(client, public_topic, member, outsider, other_user):
    client.force_login(member)
    post = _reply(client, public_topic, f"Hello @{outsider.username}")
    client.post(reverse("etisc:post_edit", args=[post.pk]), {"body": f"Hello @{other_user.username}"})
    post.refresh_from_db()
    assert f"?author={other_user.username}" in post.body_html
    assert f"?author={outsider.username}" not in post.body_html


def test_mention_link_does_not_take_the_writers_language(client, public_topic, member, outsider):
    # Read in every language, the post links to the unprefixed page rather than the writer's /fr/ one.
    client.force_login(member)
    client.post(f"/fr{reverse('etisc:topic_reply', args=[public_topic.pk])}", {"body": f"Merci @{outsider.username}"})
    post = public_topic.posts.order_by("-number").first()
    assert f'href="/etisc/topics/?author={outsider.username}"' in post.body_html


def test_a_member_mentioned_in_a_group_they_cannot_read_hears_nothing(
    client, private_topic, member, outsider, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.post_create(user=member, topic=private_topic, body=f"Should we invite @{outsider.username}?")
    assert not Notification.objects.filter(recipient=outsider).exists()
    assert not [message for message in mail.outbox if outsider.email in message.to]

    client.force_login(outsider)
    header = client.get(reverse("etisc:notifications")).content.decode()
    assert private_topic.title not in header
    assert 'class="badge badge-warn"' not in header
    # Following the link the mention would lead to shows nothing of the members-only topic either.
    assert private_topic.title not in client.get(f"{reverse('etisc:topics')}?author={member.username}").content.decode()


def test_a_mentioned_outsider_waiting_for_the_daily_digest_gets_nothing_from_a_private_group(
    private_topic, member, outsider
):
    services.preference_update(user=outsider, email_mode=NotificationPreference.EmailMode.DAILY)
    services.post_create(user=member, topic=private_topic, body=f"Not for @{outsider.username} to see")
    services.digests_send()
    assert not [message for message in mail.outbox if outsider.email in message.to]


def test_a_mentioned_member_of_the_private_group_is_notified(private_topic, private_group, member, other_user):
    MembershipFactory(group=private_group, user=other_user)
    services.post_create(user=member, topic=private_topic, body=f"@{other_user.username}, your view?")
    assert Notification.objects.get(recipient=other_user).kind == Notification.Kind.MENTION


def test_discussions_of_a_member_list_only_what_the_reader_may_read(client, public_topic, private_topic, member):
    url = f"{reverse('etisc:topics')}?author={member.username}"
    anonymous = client.get(url).content.decode()
    assert public_topic.title in anonymous
    assert private_topic.title not in anonymous
    client.force_login(member)
    assert private_topic.title in client.get(url).content.decode()


def test_a_mention_added_by_an_edit_notifies_only_the_newly_mentioned(public_topic, member, outsider, other_user):
    post = services.post_create(user=member, topic=public_topic, body=f"Hello @{outsider.username}")
    services.post_edit(user=member, post=post, body=f"Hello @{outsider.username} and @{other_user.username}")
    services.post_edit(user=member, post=post, body=f"Hello @{outsider.username} and @{other_user.username}!")
    mentions = Notification.objects.filter(post=post, kind=Notification.Kind.MENTION)
    assert sorted(mentions.values_list("recipient__username", flat=True)) == sorted(
        [outsider.username, other_user.username]
    )


@pytest.mark.parametrize(
    "body",
    [
        "Run `@{name}` in the shell",
        "```\nssh @{name}\n```",
        "    indented @{name} code",
        "[see @{name}](https://example.org/)",
    ],
)
def test_a_name_shown_as_code_or_inside_a_link_mentions_no_one(public_topic, member, outsider, body):
    post = services.post_create(user=member, topic=public_topic, body=body.format(name=outsider.username))
    assert f"?author={outsider.username}" not in post.body_html
    assert not Notification.objects.filter(recipient=outsider, kind=Notification.Kind.MENTION).exists()
