"""Inputs that used to answer 500: each now gets a clear 400, or is stored and served safely."""

import json

import pytest

from inspire.api.parsers import MAX_JSON_DEPTH
from policies.models import PolicyDraft

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/etisc/topics/?q=%00",
        "/etisc/topics/?tag=%00",
        "/etisc/ask-the-expert/?q=a%00b",
        "/registers/%00/",
        "/databases/?q=%00",
        "/search/?q=%00",
        "/etisc/topics/?%00=1",
    ],
)
def test_a_nul_character_in_a_page_address_is_a_400(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert b"NUL character" in response.content


@pytest.mark.parametrize(
    ("url", "field"), [("/api/v1/etisc/topics/?tag=%00", "tag"), ("/api/v1/registers/jurisdictions/%00/", "path")]
)
def test_a_nul_character_in_an_api_address_is_a_json_400_naming_where(client, url, field):
    response = client.get(url)
    assert response.status_code == 400
    body = response.json()
    assert (body["status"], body["code"]) == (400, "invalid")
    assert body["errors"] == {field: ["Remove the NUL character (%00)."]}


def test_a_nul_character_in_a_form_is_a_400(client, user):
    client.force_login(user)
    response = client.post("/policies/writer/", {"title": "IP\x00 Policy", "institution_name": "Example University"})
    assert response.status_code == 400
    assert not PolicyDraft.objects.exists()


@pytest.mark.parametrize("offset", ["%2B16:00", "-16:00", "%2B23:59"])
def test_a_time_zone_offset_the_database_cannot_store_is_a_400(api_client, offset):
    response = api_client.get(f"/api/v1/etisc/events/?starts_after=2026-01-01T00:00:00{offset}")
    assert response.status_code == 400
    assert response.json()["errors"]["starts_after"] == ["Give a time zone offset between -15:59 and +15:59."]


def test_the_widest_real_time_zone_offsets_still_filter(api_client):
    for offset in ("%2B14:00", "-12:00", "%2B15:59"):
        assert api_client.get(f"/api/v1/etisc/events/?starts_before=2026-01-01T00:00:00{offset}").status_code == 200


def test_a_control_character_in_an_api_title_is_a_400(api_client, user):
    api_client.force_authenticate(user)
    response = api_client.post(
        "/api/v1/policies/drafts/", {"title": "IP\x0b Policy", "institution_name": "Example University"}, format="json"
    )
    assert response.status_code == 400
    assert response.json()["errors"]["title"] == ["Remove the control character U+000B from this text."]
    assert not PolicyDraft.objects.exists()


def test_tabs_and_line_breaks_are_still_text(api_client, user):
    api_client.force_authenticate(user)
    response = api_client.post(
        "/api/v1/policies/drafts/", {"title": "IP\tPolicy", "institution_name": "Example\r\nUniversity"}, format="json"
    )
    assert response.status_code == 201, response.json()


def _post_json(api_client, body: str):
    return api_client.generic("POST", "/api/v1/policies/drafts/", body, content_type="application/json")


@pytest.mark.parametrize("depth", [50_000, MAX_JSON_DEPTH + 1])
def test_json_nested_too_deeply_is_a_400(api_client, user, depth):
    api_client.force_authenticate(user)
    response = _post_json(api_client, "[" * depth + "]" * depth)
    assert response.status_code == 400
    assert response.json()["code"] == "parse_error"
    assert response.json()["detail"].startswith("JSON nested too deeply")


def test_json_within_the_depth_limit_is_read(api_client, user):
    api_client.force_authenticate(user)
    wrapped: object = "x"
    for _level in range(MAX_JSON_DEPTH - 1):
        wrapped = [wrapped]
    body = {"title": "Policy", "institution_name": "University", "extra": wrapped}
    assert _post_json(api_client, json.dumps(body)).status_code == 201
