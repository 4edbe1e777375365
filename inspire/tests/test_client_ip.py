"""One client address for every per-IP limit: X-Forwarded-For is believed only from trusted proxies."""

import pytest
from django.test import RequestFactory
from rest_framework.throttling import SimpleRateThrottle

from inspire.clientip import client_ip

pytestmark = pytest.mark.django_db

LOW_RATES = {"anon": "3/minute", "user": "100/minute", "writes": "3/minute"}


@pytest.fixture
def low_api_rates(monkeypatch):
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", LOW_RATES)


@pytest.mark.parametrize(
    ("num_proxies", "forwarded", "expected"),
    [
        (0, "", "192.0.2.10"),
        (0, "203.0.113.5", "192.0.2.10"),
        (1, "", "192.0.2.10"),
        (1, "203.0.113.5", "203.0.113.5"),
        (1, "6.6.6.6, 203.0.113.5", "203.0.113.5"),
        (2, "6.6.6.6, 203.0.113.5, 10.0.0.7", "203.0.113.5"),
        (2, "203.0.113.5", "203.0.113.5"),
        (1, "not-an-address", ""),
        (1, "2001:DB8::1", "2001:db8::1"),
    ],
)
def test_client_ip_takes_the_address_our_outermost_proxy_saw(settings, num_proxies, forwarded, expected):
    settings.NUM_PROXIES = num_proxies
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    request = RequestFactory().get("/", REMOTE_ADDR="192.0.2.10", **headers)
    assert client_ip(request) == expected


def test_spoofed_forwarded_for_does_not_escape_the_api_throttle(api_client, settings, low_api_rates):
    settings.NUM_PROXIES = 0
    statuses = [api_client.get("/api/v1/", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").status_code for n in range(1, 5)]
    assert statuses == [200, 200, 200, 429]


def test_spoofed_forwarded_for_does_not_escape_the_token_endpoint_limit(api_client, settings, user, low_api_rates):
    settings.NUM_PROXIES = 0
    statuses = [
        api_client.post(
            "/api/v1/auth/token/",
            {"username": user.username, "password": "wrong"},
            HTTP_X_FORWARDED_FOR=f"198.51.100.{n}",
        ).status_code
        for n in range(1, 5)
    ]
    assert statuses == [400, 400, 400, 429]


def test_behind_one_proxy_the_right_most_forwarded_address_is_throttled(api_client, settings, low_api_rates):
    settings.NUM_PROXIES = 1
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    statuses = [
        api_client.get("/api/v1/", HTTP_X_FORWARDED_FOR=f"6.6.6.{n}, 203.0.113.5", **proxy).status_code
        for n in range(1, 5)
    ]
    assert statuses == [200, 200, 200, 429]
    # Another client behind the same proxy has its own allowance.
    assert api_client.get("/api/v1/", HTTP_X_FORWARDED_FOR="198.51.100.7", **proxy).status_code == 200


def test_login_lockout_is_per_forwarded_client_behind_a_proxy(client, settings, user):
    settings.NUM_PROXIES = 1
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    for _ in range(5):
        client.post(
            "/accounts/login/",
            {"username": user.username, "password": "wrong"},
            HTTP_X_FORWARDED_FOR="203.0.113.5",
            **proxy,
        )
    login = {"username": user.username, "password": "correct horse battery staple"}
    locked = client.post("/accounts/login/", login, HTTP_X_FORWARDED_FOR="203.0.113.5", **proxy)
    assert locked.status_code == 429
    elsewhere = client.post("/accounts/login/", login, HTTP_X_FORWARDED_FOR="198.51.100.7", **proxy)
    assert elsewhere.status_code == 302
