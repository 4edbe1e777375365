"""A post's edit history is public until a moderator acts on the post; from then on only moderators read it."""

import pytest
from django.urls import reverse

from conftest import make_user
from etisc import services
from etisc.tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db

REMOVED_TEXT = "call me on +41 79 555 01 00 for cheap pills"
ROLES = ["author", "moderator", "staff_user", "other_member", "anonymous"]
MODERATORS = {"moderator", "staff_user"}


@pytest.fixture
def author(member):
    return member


@pytest.fixture
def other_member(public_group):
    person = make_user("othermember")
    MembershipFactory(group=public_group, user=person)
    return person


@pytest.fixture
def as_role(request, client):
    def sign_in(role: str):
        if role != "anonymous":
            client.force_login(request.getfixturevalue(role))
        return client

    return sign_in


@pytest.fixture
def reply(public_topic, author):
    return services.post_create(user=author, topic=public_topic, body=f"Happy to help, {REMOVED_TEXT}.")


def _moderate(how: str, post, moderator):
    if how == "edited":
        services.post_edit(user=moderator, post=post, body="Happy to help. [Contact details removed by a moderator]")
    elif how == "hidden":
        services.post_moderate(actor=moderator, post=post, action="hide")
    elif how == "hidden_then_restored":
        services.post_edit(user=post.author, post=post, body="Happy to help, write to me.")
        services.post_moderate(actor=moderator, post=post, action="hide")
        services.post_moderate(actor=moderator, post=post, action="restore")


@pytest.mark.parametrize("how", ["edited", "hidden", "hidden_then_restored"])
@pytest.mark.parametrize("role", ROLES)
def test_history_of_a_moderated_post_is_for_moderators_only(as_role, role, how, reply, moderator):
    _moderate(how, reply, moderator)
    response = as_role(role).get(reverse("etisc:post_history", args=[reply.pk]))
    if role in MODERATORS:
        assert response.status_code == 200
        assert REMOVED_TEXT in response.content.decode()
    else:
        assert response.status_code in (403, 404)
        assert REMOVED_TEXT not in response.content.decode()
    if role == "author":
        assert response.status_code == 403


@pytest.mark.parametrize("role", ROLES)
def test_history_of_a_post_only_its_author_edited_stays_public(as_role, role, reply, author):
    services.post_edit(user=author, post=reply, body="Happy to help, write to me.")
    response = as_role(role).get(reverse("etisc:post_history", args=[reply.pk]))
    assert response.status_code == 200
    assert REMOVED_TEXT in response.content.decode()


def test_history_of_a_post_a_moderator_deleted_is_not_found(client, reply, moderator, author):
    services.post_delete(user=moderator, post=reply)
    client.force_login(author)
    response = client.get(reverse("etisc:post_history", args=[reply.pk]))
    assert response.status_code == 404
    reply.refresh_from_db()
    assert reply.moderated_at is not None


@pytest.mark.parametrize(("role", "sees_history"), [("author", False), ("moderator", True), ("staff_user", True)])
def test_edit_page_shows_moderated_history_to_moderators_only(as_role, role, sees_history, reply, moderator):
    _moderate("edited", reply, moderator)
    response = as_role(role).get(reverse("etisc:post_edit", args=[reply.pk]))
    assert response.status_code == 200
    assert (REMOVED_TEXT in response.content.decode()) is sees_history


@pytest.mark.parametrize("role", ROLES)
def test_thread_links_to_a_moderated_history_for_moderators_only(as_role, role, reply, moderator, public_topic):
    _moderate("edited", reply, moderator)
    page = as_role(role).get(public_topic.get_absolute_url()).content.decode()
    assert "edited" in page
    assert (reverse("etisc:post_history", args=[reply.pk]) in page) is (role in MODERATORS)
