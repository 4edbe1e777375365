"""Turning a request into an anonymous usage event: section, visitor key, country, referrer, bots."""

import datetime
import functools
import re
import uuid
from dataclasses import asdict, dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest
from django.urls import ResolverMatch
from django.utils import timezone
from django.utils.crypto import salted_hmac

from inspire.clientip import client_ip

# Sections whose pages are counted, by URL namespace. Staff pages, admin, API docs and health are not.
TRACKED_SECTIONS = frozenset({"databases", "registers", "analytics", "policies", "etisc"})
HOME_SECTION = "home"

# Self-declared crawlers, link checkers, previews and HTTP libraries. A missing user agent counts as a
# bot too: every browser sends one.
BOT_PATTERN = re.compile(
    r"bot\b|bot/|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|monitor|pingdom|lighthouse|"
    r"headlesschrome|phantomjs|curl/|wget/|python-requests|python-urllib|httpx|aiohttp|go-http-client|java/|"
    r"okhttp|libwww|scrapy|node-fetch|axios/",
    re.IGNORECASE,
)
COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")
# Codes some proxies send for "unknown", "Tor" or "anonymous proxy": not countries.
NOT_COUNTRIES = frozenset({"XX", "T1", "A1", "A2", "O1", "EU", "AP", "ZZ"})


@dataclass(frozen=True)
class CapturedEvent:
    """What travels through the buffer: plain JSON-friendly values, never an IP address."""

    uid: str
    occurred_at: str
    kind: str
    section: str
    object_key: str
    object_label: str
    visitor_key: str
    country: str
    referrer_host: str
    is_authenticated: bool

    def as_dict(self) -> dict:
        return asdict(self)


def is_bot(user_agent: str) -> bool:
    return not user_agent.strip() or bool(BOT_PATTERN.search(user_agent))


def section_for(match: ResolverMatch | None) -> str | None:
    """The section a resolved URL belongs to, or None when the page is not counted."""
    if match is None:
        return None
    if match.app_name in TRACKED_SECTIONS:
        return match.app_name
    if not match.app_name and match.url_name == "home":
        return HOME_SECTION
    return None


def visitor_key(ip: str, user_agent: str, day: datetime.date) -> str:
    """Keyed hash of IP and user agent. The key includes the date, so the same person gets a new,
    unlinkable key every day and the stored keys cannot be turned back into addresses."""
    digest = salted_hmac(f"inspire.usage.visitor:{day.isoformat()}", f"{ip}\n{user_agent}", algorithm="sha256")
    return digest.hexdigest()[:32]


@functools.cache
def _geoip():
    # Loaded once per process (about 0.1 s); the data ships inside the package, no network needed.
    from geoip2fast import GeoIP2Fast

    return GeoIP2Fast(verbose=False)


def country_for_ip(ip: str) -> str:
    if not ip:
        return ""
    try:
        code = _geoip().lookup(ip).country_code
    except Exception:  # an unparseable or unsupported address is simply "unknown"
        return ""
    return normalise_country(code)


def normalise_country(code: str) -> str:
    code = (code or "").strip().upper()
    if COUNTRY_CODE.match(code) and code not in NOT_COUNTRIES:
        return code
    return ""


def country_for(request: HttpRequest, ip: str) -> str:
    header = settings.USAGE_TRUSTED_COUNTRY_HEADER
    if header:
        return normalise_country(request.headers.get(header, ""))
    return country_for_ip(ip)


def referrer_host(request: HttpRequest) -> str:
    """The referring site's host name; empty for links within this site and for missing referrers."""
    referrer = request.headers.get("Referer", "")
    if not referrer:
        return ""
    try:
        host = (urlsplit(referrer).hostname or "")[:255]
    except ValueError:
        return ""
    return "" if host == request.get_host().split(":")[0] else host


def event_from_request(
    request: HttpRequest, *, kind: str, section: str, object_key: str, object_label: str = ""
) -> CapturedEvent | None:
    """The event for this request, or None for bots."""
    user_agent = request.headers.get("User-Agent", "")
    if is_bot(user_agent):
        return None
    now = timezone.now()
    ip = client_ip(request)
    user = getattr(request, "user", None)
    return CapturedEvent(
        uid=uuid.uuid4().hex,
        occurred_at=now.isoformat(),
        kind=kind,
        section=section,
        object_key=object_key[:200],
        object_label=object_label[:255],
        visitor_key=visitor_key(ip, user_agent, now.date()),
        country=country_for(request, ip),
        referrer_host=referrer_host(request),
        is_authenticated=bool(user and user.is_authenticated),
    )
