"""The Write / Preview tabs: the preview shows a post exactly as saving it would, to signed-in people only."""

import pytest
from django.test import Client
from django.urls import reverse

from etisc.forms import BODY_MAX_LENGTH

pytestmark = pytest.mark.django_db

URL = reverse("etisc:post_preview")


def test_anonymous_visitor_is_sent_to_sign_in(client):
    response = client.post(URL, {"body": "Hello"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_signed_in_member_gets_sanitized_html(client, member):
    client.force_login(member)
    response = client.post(URL, {"body": "**Bold** <script>alert(1)</script> [x](javascript:alert(1))"})
    assert response.status_code == 200
    assert response.json() == {"html": '<p><strong>Bold</strong>  <a rel="nofollow noopener noreferrer">x</a></p>'}


def test_preview_is_exactly_what_the_saved_post_shows(client, public_topic, member, outsider):
    body = f"> quoted\n\nThanks @{outsider.username}, see [the guide](https://www.wipo.int), @nobody.\n\n- one\n- two"
    client.force_login(member)
    preview = client.post(URL, {"body": body}).json()["html"]
    client.post(reverse("etisc:topic_reply", args=[public_topic.pk]), {"body": body})
    assert public_topic.posts.order_by("-number").first().body_html == preview
    assert f"?author={outsider.username}" in preview


def test_get_is_not_allowed(client, member):
    client.force_login(member)
    assert client.get(URL, {"body": "Hello"}).status_code == 405


def test_preview_without_csrf_token_is_refused(member):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    assert client.post(URL, {"body": "Hello"}).status_code == 403


@pytest.mark.parametrize(
    "data",
    [{}, {"body": ""}, {"body": "   "}, {"body": "x" * (BODY_MAX_LENGTH + 1)}],
    ids=["missing", "empty", "blank", "too long"],
)
def test_bad_text_answers_400_with_json_errors(client, member, data):
    client.force_login(member)
    response = client.post(URL, data)
    assert response.status_code == 400
    answer = response.json()
    assert answer["status"] == 400 and answer["code"] == "invalid"
    assert answer["errors"]["body"]


def test_a_text_posting_accepts_is_one_the_preview_accepts(client, member):
    client.force_login(member)
    assert client.post(URL, {"body": "x" * BODY_MAX_LENGTH}).status_code == 200


def test_previewing_too_fast_answers_429_with_json(client, settings, member):
    settings.ETISC_RATE_LIMITS = {"preview": (2, 60)}
    client.force_login(member)
    assert client.post(URL, {"body": "one"}).status_code == 200
    assert client.post(URL, {"body": "two"}).status_code == 200
    response = client.post(URL, {"body": "three"})
    assert response.status_code == 429
    assert response.json()["retry_after_seconds"] == 60


def test_previews_do_not_use_up_the_posting_limit(client, settings, public_topic, member):
    settings.ETISC_RATE_LIMITS = {"post": (1, 60)}
    client.force_login(member)
    for _ in range(3):
        client.post(URL, {"body": "draft"})
    assert client.post(reverse("etisc:topic_reply", args=[public_topic.pk]), {"body": "final"}).status_code == 302


@pytest.mark.parametrize("page", ["reply", "new topic", "edit"])
def test_tabs_wait_for_javascript_and_the_form_posts_without_it(client, public_topic, member, page):
    client.force_login(member)
    url = {
        "reply": public_topic.get_absolute_url(),
        "new topic": reverse("etisc:topic_create", args=[public_topic.group.slug]),
        "edit": reverse("etisc:post_edit", args=[public_topic.posts.get(number=1).pk]),
    }[page]
    html = client.get(url).content.decode()
    tools = html.split('class="etisc-preview-tabs"')[1].split(">")[0]
    assert f'data-preview-url="{URL}"' in tools
    assert tools.rstrip().endswith("hidden")
    assert 'role="tab"' in html and "etisc/preview.js" in html
    assert '<textarea name="body"' in html


def test_thread_without_a_reply_form_loads_no_preview_script(client, public_topic):
    html = client.get(public_topic.get_absolute_url()).content.decode()
    assert "etisc/preview.js" not in html
    assert "etisc-preview-tabs" not in html
