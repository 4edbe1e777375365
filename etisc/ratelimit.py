"""eTISC's posting limits: how many posts, previews, reports and questions, counted by inspire.ratelimit."""

from django.conf import settings

from inspire import ratelimit
from inspire.ratelimit import RateLimited

__all__ = ["RateLimited", "rate_limit_hit"]

# (requests, seconds) per window; settings may override for tests or busy deployments.
DEFAULT_LIMITS = {"post": (10, 60), "preview": (30, 60), "report": (10, 3600), "question": (5, 600)}


def _limit(action: str) -> tuple[int, int]:
    return getattr(settings, "ETISC_RATE_LIMITS", {}).get(action, DEFAULT_LIMITS[action])


def rate_limit_hit(*, request, action: str) -> None:
    """Count one `action` for the request's user and IP; raise RateLimited when either is over its limit."""
    ratelimit.rate_limit_hit(request=request, action=f"etisc.{action}", limit=_limit(action))
