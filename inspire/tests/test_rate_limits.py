"""Per-IP limits on search, suggestions and failed sign-ins across usernames."""

import pytest

from conftest import make_user

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


@pytest.fixture
def low_limits(settings):
    settings.RATE_LIMITS = {"search": (2, 60), "suggest": (2, 60), "login": (3, 3600)}


def test_search_page_answers_429_page_past_its_limit(client, low_limits):
    assert [client.get("/search/", {"q": "patent"}).status_code for _ in range(2)] == [200, 200]
    response = client.get("/search/", {"q": "patent"})
    assert response.status_code == 429
    assert "Too many requests" in response.content.decode()
    assert response["Retry-After"] == "60"


def test_search_limit_is_per_address_and_ignores_forged_forwarded_for(client, settings, low_limits):
    settings.NUM_PROXIES = 0
    statuses = [
        client.get("/search/", {"q": "patent"}, HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").status_code for n in range(1, 4)
    ]
    assert statuses == [200, 200, 429]
    assert client.get("/search/", {"q": "patent"}, REMOTE_ADDR="192.0.2.44").status_code == 200


def test_search_limit_behind_a_proxy_counts_the_forwarded_client(client, settings, low_limits):
    settings.NUM_PROXIES = 1
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    for _ in range(2):
        client.get("/search/", {"q": "patent"}, HTTP_X_FORWARDED_FOR="203.0.113.5", **proxy)
    assert client.get("/search/", {"q": "x"}, HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.5", **proxy).status_code == 429
    assert client.get("/search/", {"q": "x"}, HTTP_X_FORWARDED_FOR="198.51.100.7", **proxy).status_code == 200


def test_suggestions_answer_429_json_past_their_limit(client, low_limits):
    assert [client.get("/search/suggest/", {"q": "pat"}).status_code for _ in range(2)] == [200, 200]
    response = client.get("/search/suggest/", {"q": "pat"})
    assert response.status_code == 429
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "status": 429,
        "code": "throttled",
        "detail": "Request was throttled.",
        "retry_after_seconds": 60,
    }


def test_failed_sign_ins_across_usernames_are_limited_per_address(client, low_limits):
    victim = make_user("victim")
    for name in ("alice", "bob", "carol"):
        make_user(name)
        response = client.post("/accounts/login/", {"username": name, "password": "guess"})
        assert response.status_code == 200  # the form again: each username failed only once
    response = client.post("/accounts/login/", {"username": victim.username, "password": PASSWORD})
    assert response.status_code == 429
    assert "Too many requests" in response.content.decode()
    assert "_auth_user_id" not in client.session
    # Another address is not affected.
    other = client.post(
        "/accounts/login/", {"username": victim.username, "password": PASSWORD}, REMOTE_ADDR="192.0.2.9"
    )
    assert other.status_code == 302


def test_successful_sign_ins_do_not_use_up_the_limit(client, low_limits):
    user = make_user("regular")
    for _ in range(4):
        assert client.post("/accounts/login/", {"username": user.username, "password": PASSWORD}).status_code == 302
        client.post("/accounts/logout/")


def test_failed_sign_in_limit_covers_the_admin_and_the_api_token(client, api_client, staff_user, low_limits):
    for name in ("alice", "bob", "carol"):
        client.post("/admin/login/", {"username": name, "password": "guess"})
    admin_response = client.post("/admin/login/", {"username": staff_user.username, "password": PASSWORD})
    assert admin_response.status_code == 429
    token = api_client.post("/api/v1/auth/token/", {"username": staff_user.username, "password": PASSWORD})
    assert token.status_code == 429
    assert token.json()["code"] == "throttled"


def test_failed_api_token_requests_count_towards_the_sign_in_limit(client, api_client, user, low_limits):
    for name in ("alice", "bob", "carol"):
        api_client.post("/api/v1/auth/token/", {"username": name, "password": "guess"})
    assert client.post("/accounts/login/", {"username": user.username, "password": PASSWORD}).status_code == 429
