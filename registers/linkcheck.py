"""Checks one URL with the standard library: HEAD first, GET when HEAD is refused, redirects
followed up to a limit with loop detection, and a timeout on every request."""

import http.client
import ssl
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

MAX_REDIRECTS = 5
TIMEOUT_SECONDS = 10.0
USER_AGENT = "INSPIRE-hub-link-check/1.0 (+register portal)"
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
# Servers that reject HEAD often answer 403/405/501 to it while serving GET normally.
RETRY_WITH_GET = {400, 403, 404, 405, 406, 429, 500, 501, 503}


@dataclass(frozen=True)
class LinkResult:
    ok: bool
    status_code: int | None
    error: str = ""


def _request(method: str, url: str, timeout: float) -> tuple[int, str | None]:
    parts = urlsplit(url)
    connection_class = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    kwargs = {"timeout": timeout}
    if parts.scheme == "https":
        kwargs["context"] = ssl.create_default_context()
    connection = connection_class(parts.hostname, parts.port, **kwargs)
    path = parts.path or "/"
    if parts.query:
        path = f"{path}?{parts.query}"
    try:
        connection.request(method, path, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
        response = connection.getresponse()
        response.read(1024)  # a little of the body is enough; the status is what we store
        return response.status, response.getheader("Location")
    finally:
        connection.close()


def _follow(method: str, url: str, timeout: float, max_redirects: int) -> LinkResult:
    seen = {url}
    for _hop in range(max_redirects + 1):
        status, location = _request(method, url, timeout)
        if status not in REDIRECT_STATUSES or not location:
            ok = 200 <= status < 300
            return LinkResult(ok=ok, status_code=status, error="" if ok else f"HTTP {status}")
        url = urljoin(url, location)
        if url in seen:
            return LinkResult(ok=False, status_code=status, error=f"Redirect loop at {url}")
        seen.add(url)
    return LinkResult(ok=False, status_code=status, error=f"More than {max_redirects} redirects")


def check_url(url: str, *, timeout: float = TIMEOUT_SECONDS, max_redirects: int = MAX_REDIRECTS) -> LinkResult:
    if urlsplit(url).scheme not in {"http", "https"}:
        return LinkResult(ok=False, status_code=None, error="Not an http(s) URL")
    try:
        result = _follow("HEAD", url, timeout, max_redirects)
        if not result.ok and result.status_code in RETRY_WITH_GET:
            result = _follow("GET", url, timeout, max_redirects)
        return result
    except TimeoutError:
        return LinkResult(ok=False, status_code=None, error=f"Timed out after {timeout:g} s")
    except (OSError, http.client.HTTPException, ValueError) as error:
        return LinkResult(ok=False, status_code=None, error=f"{type(error).__name__}: {error}"[:300])
