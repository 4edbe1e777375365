from functools import cache

from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver
from django.urls import reverse as url_reverse
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from drf_spectacular.utils import extend_schema
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.decorators import api_view
from rest_framework.response import Response
from rest_framework.reverse import reverse

from inspire.api.throttling import AnonRateThrottle, FailedLoginsThrottle, ScopedRateThrottle

API_PREFIX = "/api/v1/"


def _named_routes(patterns, namespace: str = ""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}:{pattern.namespace}" if namespace and pattern.namespace else pattern.namespace
            yield from _named_routes(pattern.url_patterns, inner or namespace)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{namespace}:{pattern.name}" if namespace else pattern.name


@cache
def endpoint_paths() -> dict[str, str]:
    """Every API v1 endpoint that takes no path argument, by its path (e.g. "registers/jurisdictions")."""
    api = next(p for p in get_resolver().url_patterns if isinstance(p, URLResolver) and p.namespace == "api")
    paths = {}
    for name in _named_routes(api.url_patterns, "api"):
        if name.endswith(("api-root", ":root")):
            continue
        try:
            path = url_reverse(name)
        except NoReverseMatch:  # routes that need an argument (details, actions) are not listed
            continue
        if path.startswith(API_PREFIX) and "." not in path:
            paths[path.removeprefix(API_PREFIX).rstrip("/")] = path
    return dict(sorted(paths.items()))


@extend_schema(exclude=True)
@api_view(["GET"])
def api_root(request):
    """Entry point of API v1: a link to every endpoint, plus the schema and its docs."""
    links = {key: request.build_absolute_uri(path) for key, path in endpoint_paths().items()}
    links["schema"] = reverse("schema", request=request)
    links["docs"] = reverse("api-docs", request=request)
    return Response(links)


# The answer is a credential: no browser or proxy may keep a copy.
@method_decorator(never_cache, name="dispatch")
class ObtainTokenView(ObtainAuthToken):
    """Exchange a username and password for the API token shown on the profile page."""

    throttle_scope = "writes"
    throttle_classes = [ScopedRateThrottle, AnonRateThrottle, FailedLoginsThrottle]
