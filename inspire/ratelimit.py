"""Fixed-window rate limits kept in the Django cache (Redis in production), per client IP and per user.

The client IP is inspire.clientip's, so a forged X-Forwarded-For does not buy a fresh window. While the
cache is unreachable the counters read as empty and the limits fail open (see inspire.cache).
"""

import ipaddress

from django.core.cache import cache
from django.http import HttpRequest

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


def _keys(request: HttpRequest, action: str, per_user: bool) -> list[str]:
    keys = [f"rl:{action}:ip:{_ip_bucket(request)}"]
    user = getattr(request, "user", None)
    if per_user and user is not None and user.is_authenticated:
        keys.append(f"rl:{action}:user:{user.pk}")
    return keys


def rate_limit_hit(*, request: HttpRequest, action: str, limit: Limit, per_user: bool = True) -> None:
    """Count one `action` for the request's IP (and signed-in user); raise RateLimited when either is
    over the limit."""
    allowed, window = limit
    for key in _keys(request, action, per_user):
        # add() only sets a missing key, so the window starts at the first hit and is never extended.
        cache.add(key, 0, timeout=window)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=window)
            count = 1
        if count > allowed:
            raise RateLimited(retry_after=window)
