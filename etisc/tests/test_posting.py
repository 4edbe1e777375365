"""Posting safety: sanitized Markdown, CSRF, rate limits, new-member limits, approval queue, quoting."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from etisc.models import Post, Topic, TopicRead

pytestmark = pytest.mark.django_db

XSS_PAYLOADS = [
    "<script>alert('x')</script>",
    '<img src=x onerror="alert(1)">',
    "[click me](javascript:alert(1))",
    '<a href="#" onclick="alert(1)">hi</a>',
    "<iframe src='https://evil.example'></iframe>",
    '<svg onload="alert(1)"></svg>',
]


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_xss_payloads_are_rendered_inert(client, public_topic, member, payload):
    client.force_login(member)
    client.post(reverse("etisc:topic_reply", args=[public_topic.pk]), {"body": f"Look {payload}"})
    html = client.get(public_topic.get_absolute_url()).content.decode().lower()
    body = html.split('class="etisc-thread"')[1].split('id="reply"')[0]
    assert "look" in body
    for marker in ("<script", "onerror", "javascript:", "onclick", "<iframe", "onload", "<svg"):
        assert marker not in body


def test_reply_without_csrf_token_is_refused(public_topic, member):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    response = client.post(reverse("etisc:topic_reply", args=[public_topic.pk]), {"body": "No token"})
    assert response.status_code == 403
    assert not public_topic.posts.filter(body="No token").exists()


def test_posting_too_fast_returns_429_page(client, settings, public_topic, member):
    settings.ETISC_RATE_LIMITS = {"post": (2, 60)}
    client.force_login(member)
    url = reverse("etisc:topic_reply", args=[public_topic.pk])
    assert client.post(url, {"body": "one"}).status_code == 302
    assert client.post(url, {"body": "two"}).status_code == 302
    response = client.post(url, {"body": "three"})
    assert response.status_code == 429
    assert not public_topic.posts.filter(body="three").exists()


def test_rate_limit_counts_per_ip_across_accounts(client, settings, public_topic, member, outsider):
    settings.ETISC_RATE_LIMITS = {"post": (2, 60)}
    url = reverse("etisc:topic_reply", args=[public_topic.pk])
    client.force_login(member)
    client.post(url, {"body": "one"})
    client.post(url, {"body": "two"})
    client.force_login(outsider)
    assert client.post(url, {"body": "three"}).status_code == 429


def test_empty_reply_shows_form_error(client, public_topic, member):
    client.force_login(member)
    response = client.post(reverse("etisc:topic_reply", args=[public_topic.pk]), {"body": ""})
    assert response.status_code == 400
    assert "This field is required" in response.content.decode()


def test_new_member_is_limited_in_links(client, public_topic, outsider):
    client.force_login(outsider)
    body = "See https://a.example https://b.example https://c.example"
    response = client.post(reverse("etisc:topic_reply", args=[public_topic.pk]), {"body": body})
    assert response.status_code == 400
    assert "at most 2 links" in response.content.decode()


def test_established_member_may_post_more_links(client, public_topic, outsider):
    outsider.date_joined = timezone.now() - timedelta(days=30)
    outsider.save()
    client.force_login(outsider)
    body = "See https://a.example https://b.example https://c.example"
    assert client.post(reverse("etisc:topic_reply", args=[public_topic.pk]), {"body": body}).status_code == 302


def test_new_member_starts_few_topics_on_day_one(client, public_group, outsider):
    client.force_login(outsider)
    url = reverse("etisc:topic_create", args=[public_group.slug])
    for n in range(3):
        assert client.post(url, {"title": f"Question {n}", "body": "Hello"}).status_code == 302
    response = client.post(url, {"title": "Question 4", "body": "Hello"})
    assert response.status_code == 400
    assert "at most 3 topics a day" in response.content.decode()


def test_posts_of_new_members_wait_for_approval_when_the_group_asks(client, public_topic, outsider, moderator):
    public_topic.group.hold_new_user_posts = True
    public_topic.group.save()
    client.force_login(outsider)
    client.post(reverse("etisc:topic_reply", args=[public_topic.pk]), {"body": "First post ever"})
    post = public_topic.posts.get(body="First post ever")
    assert post.status == Post.Status.HELD
    public_topic.refresh_from_db()
    assert public_topic.reply_count == 0
    client.logout()
    assert "First post ever" not in client.get(public_topic.get_absolute_url()).content.decode()
    client.force_login(moderator)
    assert "First post ever" in client.get(reverse("etisc:review_queue")).content.decode()
    client.post(reverse("etisc:post_moderate", args=[post.pk]), {"action": "approve"})
    public_topic.refresh_from_db()
    assert public_topic.reply_count == 1


def test_new_topic_with_tags_is_listed_under_its_tag(client, public_group, member):
    client.force_login(member)
    response = client.post(
        reverse("etisc:topic_create", args=[public_group.slug]),
        {"title": "Searching sequences", "body": "Any tips?", "tags": "biotech, Sequence search"},
    )
    topic = Topic.objects.get(title="Searching sequences")
    assert response["Location"] == topic.get_absolute_url()
    assert "Searching sequences" in client.get(reverse("etisc:topics") + "?tag=biotech").content.decode()
    assert "Searching sequences" not in client.get(reverse("etisc:topics") + "?tag=other").content.decode()


def test_quote_prefills_reply_and_links_it(client, public_topic, member, outsider):
    client.force_login(outsider)
    page = client.get(public_topic.get_absolute_url() + "?quote=1").content.decode()
    assert "&gt; Post number" in page
    client.post(reverse("etisc:topic_reply", args=[public_topic.pk]), {"body": "> quoted\n\nAgreed", "reply_to": 1})
    reply = public_topic.posts.get(number=2)
    assert reply.reply_to.number == 1
    assert "<blockquote>" in reply.body_html


def test_unread_marker_clears_after_reading(client, public_topic, member, outsider):
    client.force_login(outsider)
    assert "New" in client.get(reverse("etisc:topics")).content.decode()
    client.get(public_topic.get_absolute_url())
    assert TopicRead.objects.get(user=outsider, topic=public_topic).last_read_number == 1
    listing = client.get(reverse("etisc:topics")).content.decode()
    assert ">New<" not in listing and ">Unread<" not in listing
    client.force_login(member)
    client.post(reverse("etisc:topic_reply", args=[public_topic.pk]), {"body": "More news"})
    client.force_login(outsider)
    assert ">Unread<" in client.get(reverse("etisc:topics")).content.decode()
    client.post(reverse("etisc:topic_watch", args=[public_topic.pk]), {"level": "tracking"})
    assert ">1 unread<" in client.get(reverse("etisc:topics")).content.decode()


def test_long_thread_is_paginated(client, public_topic, member):
    from etisc.tests.factories import PostFactory

    for n in range(2, 46):
        PostFactory(topic=public_topic, author=member, number=n, body=f"Reply {n}")
    page3 = client.get(public_topic.get_absolute_url() + "?page=3").content.decode()
    assert "Reply 45" in page3 and "Reply 40" not in page3


def test_new_members_topic_waits_for_approval_when_the_group_asks(client, public_group, outsider, moderator):
    public_group.hold_new_user_posts = True
    public_group.save()
    client.force_login(outsider)
    response = client.post(
        reverse("etisc:topic_create", args=[public_group.slug]), {"title": "Spam or not", "body": "Hello"}
    )
    assert response["Location"] == public_group.get_absolute_url()
    topic = Topic.objects.get(title="Spam or not")
    client.logout()
    assert "Spam or not" not in client.get(reverse("etisc:topics")).content.decode()
    client.force_login(moderator)
    client.post(reverse("etisc:post_moderate", args=[topic.posts.get().pk]), {"action": "approve"})
    client.logout()
    assert "Spam or not" in client.get(reverse("etisc:topics")).content.decode()


def test_api_write_with_session_cookie_needs_csrf_token(public_topic, member):
    from rest_framework.test import APIClient

    client = APIClient(enforce_csrf_checks=True)
    client.force_login(member)
    response = client.post("/api/v1/etisc/posts/", {"topic": public_topic.pk, "body": "No token"}, format="json")
    assert response.status_code == 403
    assert not public_topic.posts.filter(body="No token").exists()


@pytest.mark.parametrize(
    ("url_name", "data"),
    [
        ("etisc:post_report", {"reason": ""}),
        ("etisc:post_moderate", {"action": "explode"}),
        ("etisc:post_edit", {"body": ""}),
    ],
)
def test_bad_post_forms_answer_400_not_500(client, public_topic, moderator, url_name, data):
    client.force_login(moderator)
    post = public_topic.posts.get(number=1)
    assert client.post(reverse(url_name, args=[post.pk]), data).status_code == 400


def test_bad_suspension_form_answers_400(client, staff_user, outsider):
    client.force_login(staff_user)
    response = client.post(reverse("etisc:user_suspend", args=[outsider.username]), {"days": 0, "reason": ""})
    assert response.status_code == 400


def test_post_link_finds_its_page_even_when_earlier_posts_are_hidden(client, public_topic, member, moderator):
    from etisc import services
    from etisc.tests.factories import PostFactory

    posts = [PostFactory(topic=public_topic, author=member, number=n) for n in range(2, 23)]
    assert client.get(posts[-1].get_absolute_url())["Location"].endswith("?page=2#post-22")
    services.post_moderate(actor=moderator, post=posts[0], action="hide")
    services.post_moderate(actor=moderator, post=posts[1], action="hide")
    assert client.get(posts[-1].get_absolute_url())["Location"].endswith("?page=1#post-22")
