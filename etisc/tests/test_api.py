"""API: reads follow group visibility; writes need a token and obey the site's rules."""

import pytest
from rest_framework.authtoken.models import Token

from etisc.models import Notification, Post
from etisc.tests.factories import ExpertSessionFactory

pytestmark = pytest.mark.django_db


def _token_client(api_client, user):
    token, _created = Token.objects.get_or_create(user=user)
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return api_client


def test_anonymous_finds_every_group_but_reads_public_topics_only(api_client, public_topic, private_topic):
    slugs = [g["slug"] for g in api_client.get("/api/v1/etisc/groups/").json()["results"]]
    assert sorted(slugs) == sorted([public_topic.group.slug, private_topic.group.slug])
    topic_ids = [t["id"] for t in api_client.get("/api/v1/etisc/topics/").json()["results"]]
    assert topic_ids == [public_topic.pk]
    assert api_client.get(f"/api/v1/etisc/topics/{private_topic.pk}/").status_code == 404
    assert api_client.get(f"/api/v1/etisc/posts/?topic={private_topic.pk}").json()["count"] == 0


def test_anonymous_cannot_post(api_client, public_topic):
    response = api_client.post("/api/v1/etisc/posts/", {"topic": public_topic.pk, "body": "Hi"})
    assert response.status_code == 401
    assert response.json()["status"] == 401


def test_member_posts_with_token_and_author_is_notified(api_client, public_topic, outsider, member):
    response = _token_client(api_client, outsider).post(
        "/api/v1/etisc/posts/", {"topic": public_topic.pk, "body": "Via the *API*", "reply_to": 1}
    )
    assert response.status_code == 201, response.json()
    assert response.json()["body_html"] == "<p>Via the <em>API</em></p>"
    assert response.json()["reply_to"] == 1
    assert Notification.objects.filter(recipient=member, kind="reply").exists()


def test_outsider_cannot_post_in_members_only_topic(api_client, private_topic, outsider):
    response = _token_client(api_client, outsider).post(
        "/api/v1/etisc/posts/", {"topic": private_topic.pk, "body": "Let me in"}
    )
    assert response.status_code == 404
    assert not Post.objects.filter(body="Let me in").exists()


def test_only_author_or_moderator_edits_via_api(api_client, public_topic, outsider, moderator):
    post = public_topic.posts.get(number=1)
    response = _token_client(api_client, outsider).patch(f"/api/v1/etisc/posts/{post.pk}/", {"body": "Hijack"})
    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"
    response = _token_client(api_client, moderator).patch(f"/api/v1/etisc/posts/{post.pk}/", {"body": "Tidied"})
    assert response.status_code == 200
    assert post.revisions.count() == 1


def test_member_creates_topic_and_bad_input_gives_json_400(api_client, public_group, member):
    client = _token_client(api_client, member)
    response = client.post("/api/v1/etisc/topics/", {"group": public_group.slug, "title": "", "body": ""})
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"title", "body"}
    response = client.post(
        "/api/v1/etisc/topics/", {"group": public_group.slug, "title": "API topic", "body": "Hi", "tags": ["api"]}
    )
    assert response.status_code == 201
    assert response.json()["tags"] == ["api"]


def test_invalid_filter_value_gives_json_400(api_client):
    response = api_client.get("/api/v1/etisc/events/?kind=party")
    assert response.status_code == 400
    assert response.json()["code"] == "invalid"
    assert api_client.get("/api/v1/etisc/posts/?topic=abc").status_code == 400


def test_posting_too_fast_via_api_returns_429_json(api_client, settings, public_topic, member):
    settings.ETISC_RATE_LIMITS = {"post": (1, 60)}
    client = _token_client(api_client, member)
    assert client.post("/api/v1/etisc/posts/", {"topic": public_topic.pk, "body": "one"}).status_code == 201
    response = client.post("/api/v1/etisc/posts/", {"topic": public_topic.pk, "body": "two"})
    assert response.status_code == 429
    assert response.json()["status"] == 429 and "retry_after_seconds" in response.json()


def test_join_members_only_group_via_api_is_a_request(api_client, private_group, outsider):
    response = _token_client(api_client, outsider).post(f"/api/v1/etisc/groups/{private_group.slug}/join/")
    assert response.status_code == 201
    assert response.json()["status"] == "pending"


def test_question_flow_via_api(api_client, expert, member, outsider):
    session = ExpertSessionFactory(expert=expert)
    response = _token_client(api_client, member).post(
        "/api/v1/etisc/questions/", {"session": session.slug, "body": "What is INPADOC?"}
    )
    assert response.status_code == 201
    question_id = response.json()["id"]
    assert (
        _token_client(api_client, outsider).post(f"/api/v1/etisc/questions/{question_id}/vote/").json()["vote_count"]
        == 1
    )
    denied = _token_client(api_client, outsider).post(
        f"/api/v1/etisc/questions/{question_id}/answer/", {"answer": "Not me"}
    )
    assert denied.status_code == 403
    answered = _token_client(api_client, expert).post(
        f"/api/v1/etisc/questions/{question_id}/answer/", {"answer": "A patent family database."}
    )
    assert answered.status_code == 200
    accepted = _token_client(api_client, member).post(f"/api/v1/etisc/questions/{question_id}/accept/")
    assert accepted.json()["accepted"] is True


def test_schema_includes_etisc_endpoints(api_client):
    response = api_client.get("/api/schema/?format=json")
    assert response.status_code == 200
    assert "/api/v1/etisc/posts/" in response.json()["paths"]


def test_quoting_a_missing_post_is_a_json_400(api_client, public_topic, member):
    response = _token_client(api_client, member).post(
        "/api/v1/etisc/posts/", {"topic": public_topic.pk, "body": "Hi", "reply_to": 99}
    )
    assert response.status_code == 400
    assert "reply_to" in response.json()["errors"]
