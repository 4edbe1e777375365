"""Visibility and permission matrix: anonymous, member, non-member, moderator, expert, staff."""

import pytest
from django.urls import reverse

from etisc.models import Post
from etisc.tests.factories import PostFactory

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "member", "outsider", "moderator", "expert", "staff_user"]


@pytest.fixture
def as_role(request, client):
    def sign_in(role: str):
        if role != "anonymous":
            client.force_login(request.getfixturevalue(role))
        return client

    return sign_in


@pytest.mark.parametrize(
    ("role", "sees_private"),
    [
        ("anonymous", False),
        ("member", True),
        ("outsider", False),
        ("moderator", True),
        ("expert", False),
        ("staff_user", True),
    ],
)
def test_members_only_group_is_seen_only_by_members_moderators_and_staff(
    as_role, role, sees_private, private_topic, public_topic
):
    client = as_role(role)
    assert client.get(public_topic.get_absolute_url()).status_code == 200
    group_page = client.get(reverse("etisc:group", args=[private_topic.group.slug])).content.decode()
    assert (private_topic.title in group_page) is sees_private
    assert client.get(private_topic.get_absolute_url()).status_code == (200 if sees_private else 404)
    listed = client.get(reverse("etisc:topics")).content.decode()
    assert (private_topic.title in listed) is sees_private
    api = client.get("/api/v1/etisc/topics/").json()
    assert (private_topic.pk in [t["id"] for t in api["results"]]) is sees_private


@pytest.mark.parametrize(
    ("role", "expected"),
    [("anonymous", 302), ("member", 302), ("outsider", 404), ("moderator", 302), ("expert", 404), ("staff_user", 302)],
)
def test_only_members_reply_in_members_only_group(as_role, role, expected, private_topic):
    client = as_role(role)
    response = client.post(reverse("etisc:topic_reply", args=[private_topic.pk]), {"body": "Hello"})
    assert response.status_code == expected
    replied = private_topic.posts.filter(number=2).exists()
    assert replied is (role in ("member", "moderator", "staff_user"))
    if role == "anonymous":
        assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("role", ["member", "outsider", "moderator", "expert", "staff_user"])
def test_signed_in_people_reply_in_public_group(as_role, role, public_topic):
    client = as_role(role)
    response = client.post(reverse("etisc:topic_reply", args=[public_topic.pk]), {"body": f"Reply by {role}"})
    assert response.status_code == 302
    assert public_topic.posts.filter(body=f"Reply by {role}").exists()


@pytest.mark.parametrize(
    ("role", "may_edit"),
    [("member", False), ("outsider", False), ("moderator", True), ("expert", False), ("staff_user", True)],
)
def test_only_author_or_moderator_edits_a_post(as_role, role, may_edit, public_topic, other_user):
    post = PostFactory(topic=public_topic, author=other_user, number=2, body="Original")
    client = as_role(role)
    response = client.post(reverse("etisc:post_edit", args=[post.pk]), {"body": "Changed"})
    assert response.status_code == (302 if may_edit else 403)
    post.refresh_from_db()
    assert (post.body == "Changed") is may_edit
    if may_edit:
        assert post.revisions.get().body == "Original"


def test_author_edits_own_post_and_history_is_kept(client, public_topic, member):
    post = public_topic.posts.get(number=1)
    old = post.body
    client.force_login(member)
    client.post(reverse("etisc:post_edit", args=[post.pk]), {"body": "Edited **text**"})
    post.refresh_from_db()
    assert post.body_html == "<p>Edited <strong>text</strong></p>"
    history = client.get(reverse("etisc:post_history", args=[post.pk])).content.decode()
    assert old in history


@pytest.mark.parametrize(
    ("role", "may_hide"),
    [("member", False), ("outsider", False), ("moderator", True), ("expert", False), ("staff_user", True)],
)
def test_only_moderators_hide_posts_and_every_action_is_logged(as_role, role, may_hide, public_topic, other_user):
    post = PostFactory(topic=public_topic, author=other_user, number=2)
    client = as_role(role)
    response = client.post(reverse("etisc:post_moderate", args=[post.pk]), {"action": "hide", "note": "spam"})
    assert response.status_code == (302 if may_hide else 403)
    post.refresh_from_db()
    assert (post.status == Post.Status.HIDDEN) is may_hide
    from etisc.models import ModerationLog

    assert ModerationLog.objects.filter(action="post_hide", post=post).exists() is may_hide


def test_hidden_post_disappears_for_readers_but_not_for_moderators(client, public_topic, moderator, other_user):
    post = PostFactory(topic=public_topic, author=other_user, number=2, body="Buy cheap pills")
    client.force_login(moderator)
    client.post(reverse("etisc:post_moderate", args=[post.pk]), {"action": "hide"})
    assert "Buy cheap pills" in client.get(public_topic.get_absolute_url()).content.decode()
    client.logout()
    assert "Buy cheap pills" not in client.get(public_topic.get_absolute_url()).content.decode()


def test_moderator_locks_topic_and_members_can_no_longer_reply(client, public_topic, moderator, member):
    client.force_login(moderator)
    client.post(reverse("etisc:topic_moderate", args=[public_topic.pk]), {"action": "lock"})
    client.force_login(member)
    response = client.post(reverse("etisc:topic_reply", args=[public_topic.pk]), {"body": "Too late"})
    assert response.status_code == 403
    assert not public_topic.posts.filter(body="Too late").exists()


def test_moderator_moves_topic_to_another_group(client, public_topic, private_group, moderator):
    client.force_login(moderator)
    response = client.post(reverse("etisc:topic_move", args=[public_topic.pk]), {"group": private_group.pk})
    assert response.status_code == 302
    public_topic.refresh_from_db()
    assert public_topic.group == private_group


def test_members_only_group_takes_requests_that_moderators_approve(client, private_group, outsider, moderator):
    client.force_login(outsider)
    assert private_group.name in client.get(reverse("etisc:index")).content.decode()
    assert "Request to join" in client.get(private_group.get_absolute_url()).content.decode()
    client.post(reverse("etisc:group_join", args=[private_group.slug]))
    membership = private_group.memberships.get(user=outsider)
    assert membership.status == "pending"
    assert "waiting for a moderator" in client.get(private_group.get_absolute_url()).content.decode()
    assert client.get(reverse("etisc:group_requests", args=[private_group.slug])).status_code == 404
    client.force_login(moderator)
    client.post(reverse("etisc:group_requests", args=[private_group.slug]), {"membership": membership.pk})
    client.force_login(outsider)
    assert "for members only" not in client.get(private_group.get_absolute_url()).content.decode()


def test_report_lands_in_review_queue_of_moderators_only(client, public_topic, outsider, moderator, member):
    post = public_topic.posts.get(number=1)
    client.force_login(outsider)
    client.post(reverse("etisc:post_report", args=[post.pk]), {"reason": "Off topic advertising"})
    assert client.get(reverse("etisc:review_queue")).status_code == 403
    client.force_login(moderator)
    assert "Off topic advertising" in client.get(reverse("etisc:review_queue")).content.decode()


def test_suspended_user_cannot_post(client, public_topic, staff_user, outsider):
    client.force_login(staff_user)
    response = client.post(reverse("etisc:user_suspend", args=[outsider.username]), {"days": 3, "reason": "spam"})
    assert response.status_code == 302
    client.force_login(outsider)
    response = client.post(reverse("etisc:topic_reply", args=[public_topic.pk]), {"body": "Let me in"})
    assert response.status_code == 403


def test_only_staff_and_curators_suspend(client, moderator, outsider):
    client.force_login(moderator)
    assert client.get(reverse("etisc:user_suspend", args=[outsider.username])).status_code == 403


def test_deleted_post_is_soft_deleted_and_counters_follow(client, public_topic, member):
    client.force_login(member)
    client.post(reverse("etisc:topic_reply", args=[public_topic.pk]), {"body": "A second thought"})
    public_topic.refresh_from_db()
    assert public_topic.reply_count == 1
    post = public_topic.posts.get(number=2)
    client.post(reverse("etisc:post_delete", args=[post.pk]))
    public_topic.refresh_from_db()
    post.refresh_from_db()
    assert post.deleted_at is not None
    assert public_topic.reply_count == 0
