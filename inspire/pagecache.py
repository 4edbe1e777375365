"""Whole anonymous pages served from the shared cache, retired by any write.

Most readers are anonymous and see the same page for the same URL, so the rendered page is kept in
the cache (Redis when `REDIS_URL` is set, shared by every web instance) under the site's content
version. Every INSERT, UPDATE or DELETE a Django process sends to the database on a table that holds
content (services, admin saves, imports, `load_content`, link checks, bulk updates alike) changes
that version when its transaction commits, so an edit shows on the very next request.

A page is shared only when it cannot hold anything personal: a GET from a visitor with no session or
messages cookie, answered 200 with HTML, setting no cookie and using no CSRF token. Usage capture
still counts cached hits: the lookup runs in `process_view`, after URL resolution, inside the usage
middleware.

A shared page is also kept gzipped, compressed once when it is stored, and served that way to every
reader whose browser accepts it: the world map page is 425 kB of HTML and 56 kB gzipped, on a phone
the difference between waiting and not. Such a page holds no secret (no CSRF token, nothing
personal), so compressing it gives BREACH nothing to guess.
"""

import gzip
import hashlib
import re
import uuid

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db import connection, transaction
from django.db.backends.signals import connection_created
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers
from django.utils.regex_helper import _lazy_re_compile
from django.utils.translation import get_language

from inspire.cache import version_token

VERSION_KEY = "pagecache:version"
# Writes to these tables never show on an anonymous page: counting a visit, ticking the scheduler,
# or a member's own read marks, watches and notifications must not empty the cache.
BOOKKEEPING_TABLES = re.compile(
    r"^(usage_|django_session|axes_|django_celery_beat_|authtoken_token"
    r"|etisc_topicread|etisc_watch|etisc_notification)"
)
WRITE = re.compile(r'^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?([\w.]+)"?', re.IGNORECASE)
KEPT_HEADERS = ("Content-Type", "Content-Language", "Vary")
GZIP = ":gzip"
ACCEPTS_GZIP = _lazy_re_compile(r"\bgzip\b")


def content_version() -> str:
    return version_token(VERSION_KEY)


def retire_pages() -> None:
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)


def _retire_after_commit(execute, sql, params, many, context):
    result = execute(sql, params, many, context)
    match = WRITE.match(sql)
    if match and not BOOKKEEPING_TABLES.match(match.group(1)):
        conn = context["connection"]
        # One retirement per transaction however many rows it writes; none if it rolls back.
        if not any(entry[1] is retire_pages for entry in conn.run_on_commit):
            transaction.on_commit(retire_pages, using=conn.alias)
    return result


def _watch_writes(sender, connection, **kwargs):
    if _retire_after_commit not in connection.execute_wrappers:
        connection.execute_wrappers.append(_retire_after_commit)


def install() -> None:
    """Called once at start-up (AppConfig.ready): every connection, present and future, is watched."""
    connection_created.connect(_watch_writes, dispatch_uid="pagecache-watch-writes")
    if connection.connection is not None:
        _watch_writes(sender=None, connection=connection)


def _shareable_request(request) -> bool:
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and CookieStorage.cookie_name not in request.COOKIES
        and "HX-Request" not in request.headers
    )


def _shareable_response(request, response) -> bool:
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and response.get("Content-Type", "").startswith("text/html")
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
    )


def _key(request, version: str) -> str:
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}|{get_language()}"
    # "gz": since pages are kept gzipped too; a deploy never reads an entry stored in an older shape.
    return f"pagecache:gz:{version}:{hashlib.sha256(address.encode()).hexdigest()}"


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        key = getattr(request, "_page_cache_key", None)
        if key and not getattr(response, "_from_page_cache", False) and _shareable_response(request, response):
            patch_vary_headers(response, ("Accept-Encoding",))
            headers = {name: response[name] for name in KEPT_HEADERS if name in response}
            gzipped = gzip.compress(response.content, compresslevel=6, mtime=0)
            # Two entries, so a hit reads only the copy it sends.
            cache.set_many(
                {key: (response.content, headers), key + GZIP: (gzipped, headers)}, settings.PAGE_CACHE_SECONDS
            )
            response["X-Page-Cache"] = "miss"
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not _shareable_request(request):
            return None
        request._page_cache_key = _key(request, content_version())
        accepts_gzip = bool(ACCEPTS_GZIP.search(request.headers.get("Accept-Encoding", "")))
        cached = cache.get(request._page_cache_key + GZIP if accepts_gzip else request._page_cache_key)
        if cached is None:
            return None
        content, headers = cached
        response = HttpResponse(content)
        if accepts_gzip:
            response["Content-Encoding"] = "gzip"
        for name, value in headers.items():
            response[name] = value
        response["X-Page-Cache"] = "hit"
        response._from_page_cache = True
        return response
