"""The client's IP address, the one rule every per-IP limit and the usage analytics follow.

X-Forwarded-For is written by whoever sends the request, so only the entries added by our own
reverse proxies can be believed. Each proxy appends the address it received the request from; with
NUM_PROXIES proxies in front of the site, the NUM_PROXIES-th entry from the right is the address the
outermost proxy saw, and anything left of it is whatever the client chose to send. With
NUM_PROXIES = 0 (the default) the header is ignored and REMOTE_ADDR is the client.
"""

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    """The client's address, normalised; empty when it is not a valid IP address."""
    raw = request.META.get("REMOTE_ADDR", "")
    proxies = settings.NUM_PROXIES
    if proxies:
        forwarded = [entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [entry for entry in forwarded if entry]
        if forwarded:
            # Fewer entries than proxies: the request skipped the outer ones, so the left-most entry was
            # still written by one of ours.
            raw = forwarded[-min(proxies, len(forwarded))]
    try:
        return str(ipaddress.ip_address(raw))
    except ValueError:
        return ""


def axes_client_ip(request: HttpRequest) -> str | None:
    """client_ip for django-axes (AXES_CLIENT_IP_CALLABLE), which stores "unknown" as NULL."""
    return client_ip(request) or None
