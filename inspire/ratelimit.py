"""Fixed-window rate limits kept in the Django cache (Redis in production), per client IP and per user.

The client IP is inspire.clientip's, so a forged X-Forwarded-For does not buy a fresh window. While the
cache is unreachable the counters read as empty and the limits fail open (see inspire.cache).
"""

import functools
import ipaddress
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

from inspire.clientip import client_ip

# (requests, seconds): at most `requests` in a window of `seconds` that starts with the first one.
Limit = tuple[int, int]
IPV6_BUCKET_PREFIX = 64


class RateLimited(Exception):
    def __init__(self, retry_after: int):
        super().__init__(f"Rate limited, retry after {retry_after} s")
        self.retry_after = retry_after


def _ip_bucket(request: HttpRequest) -> str:
    ip = client_ip(request)
    if ":" in ip:
        # One IPv6 client is usually handed a whole /64; counting single addresses would let it rotate.
        return str(ipaddress.ip_network(f"{ip}/{IPV6_BUCKET_PREFIX}", strict=False))
    return ip


def _ip_key(request: HttpRequest, action: str) -> str:
    return f"rl:{action}:ip:{_ip_bucket(request)}"


def _count(key: str, window: int) -> int:
    # add() only sets a missing key, so the window starts at the first hit and is never extended.
    cache.add(key, 0, timeout=window)
    try:
        # None while the cache is unreachable (IGNORE_EXCEPTIONS): the limit fails open.
        return cache.incr(key) or 0
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        return 1


def rate_limit_hit(*, request: HttpRequest, action: str, limit: Limit, per_user: bool = True) -> None:
    """Count one `action` for the request's IP (and signed-in user); raise RateLimited when either is
    over the limit."""
    allowed, window = limit
    keys = [_ip_key(request, action)]
    if per_user and request.user.is_authenticated:
        keys.append(f"rl:{action}:user:{request.user.pk}")
    for key in keys:
        if _count(key, window) > allowed:
            raise RateLimited(retry_after=window)


def rate_limit_count(*, request: HttpRequest, action: str, limit: Limit) -> None:
    """Count one `action` for the request's IP without refusing it: for outcomes known only afterwards
    (a failed sign-in), checked on the next attempt with rate_limit_reached."""
    _count(_ip_key(request, action), limit[1])


def rate_limit_reached(*, request: HttpRequest, action: str, limit: Limit) -> bool:
    """Whether the request's IP has used up `action`'s window (without counting this request)."""
    return cache.get(_ip_key(request, action), 0) >= limit[0]


def site_limit(action: str) -> Limit:
    return settings.RATE_LIMITS[action]


def rate_limited(action: str, *, respond: Callable[[HttpRequest, RateLimited], HttpResponse]):
    """View decorator: each request counts towards its IP's site limit `action` (settings.RATE_LIMITS);
    over it, `respond` answers instead of the view."""

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            try:
                rate_limit_hit(request=request, action=action, limit=site_limit(action), per_user=False)
            except RateLimited as error:
                return respond(request, error)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
