"""Fixed-window rate limits kept in the Django cache (Redis in production), per user and per IP."""

from django.conf import settings
from django.core.cache import cache

# (requests, seconds) per window; settings may override for tests or busy deployments.
DEFAULT_LIMITS = {"post": (10, 60), "report": (10, 3600), "question": (5, 600)}


class RateLimited(Exception):
    def __init__(self, retry_after: int):
        super().__init__(f"Rate limited, retry after {retry_after} s")
        self.retry_after = retry_after


def _limit(action: str) -> tuple[int, int]:
    return getattr(settings, "ETISC_RATE_LIMITS", {}).get(action, DEFAULT_LIMITS[action])


def client_ip(request) -> str:
    header = getattr(settings, "USAGE_CLIENT_IP_HEADER", "")
    return (header and request.META.get(header)) or request.META.get("REMOTE_ADDR", "")


def rate_limit_hit(*, request, action: str) -> None:
    """Count one `action` for the request's user and IP; raise RateLimited when either is over its limit."""
    allowed, window = _limit(action)
    keys = [f"etisc:rl:{action}:ip:{client_ip(request)}"]
    if request.user.is_authenticated:
        keys.append(f"etisc:rl:{action}:user:{request.user.pk}")
    for key in keys:
        # add() only sets a missing key, so the window starts at the first hit and is never extended.
        cache.add(key, 0, timeout=window)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=window)
            count = 1
        if count > allowed:
            raise RateLimited(retry_after=window)
