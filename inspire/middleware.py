"""Site-wide request guards and response headers that no single app owns."""

from django.conf import settings
from django.db import OperationalError
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import patch_vary_headers

QUERY_CANCELED = "57014"  # PostgreSQL's SQLSTATE when statement_timeout (or a cancel) stops a statement


def error_response(request, *, status: int, code: str, detail: str, errors: dict | None = None) -> HttpResponse:
    """The API's JSON error shape under /api/, a plain page elsewhere. Renders without the database,
    because the callers run when the database cannot be asked (a cancelled statement, a NUL value)."""
    if request.path.startswith("/api/"):
        body = {"status": status, "code": code, "detail": detail, **({"errors": errors} if errors else {})}
        return JsonResponse(body, status=status)
    return HttpResponse(render_to_string("error.html", {"status": status, "detail": detail}), status=status)


FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
NUL = "\x00"


def _fields_with_nul(request) -> list[str]:
    """The parameters holding a NUL character, "path" for the address itself."""
    fields = ["path"] if NUL in request.path else []
    params = [request.GET]
    # Only form bodies are parsed into POST; JSON strings reach serializers, whose CharFields refuse NUL.
    if request.method == "POST" and request.content_type in FORM_TYPES:
        params.append(request.POST)
    fields += [
        key.replace(NUL, "%00")
        for query in params
        for key, values in query.lists()
        if NUL in key or any(NUL in value for value in values)
    ]
    return fields


class RejectNulMiddleware:
    """400 for a NUL character anywhere in the path, query or form: PostgreSQL cannot store or compare
    text holding one and raises, so each view reading a raw parameter would otherwise answer 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        fields = _fields_with_nul(request)
        if fields:
            message = "Remove the NUL character (%00)."
            return error_response(
                request,
                status=400,
                code="invalid",
                detail="The request contains a NUL character (%00).",
                errors={field: [message] for field in fields},
            )
        return self.get_response(request)


class StatementTimeoutMiddleware:
    """503 instead of a stack trace when the database's statement timeout cancels a query."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, OperationalError) and getattr(exception.__cause__, "pgcode", None) == QUERY_CANCELED:
            response = error_response(
                request,
                status=503,
                code="timeout",
                detail="The database took too long to answer. Try again, or with fewer filters.",
            )
            response["Retry-After"] = "5"
            return response
        return None


class PermissionsPolicyMiddleware:
    """Switches off browser features the site never uses, so injected content could not use them either."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class ApiLanguageMiddleware:
    """The API follows Accept-Language for its messages. Pages carry their language in the URL, so
    LocaleMiddleware gives every unprefixed path English; an API client has no URL prefix to choose
    with, so it is asked for its header instead."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith("/api/"):
            return self.get_response(request)
        language = translation.get_language_from_request(request)
        request.LANGUAGE_CODE = language
        with translation.override(language):
            response = self.get_response(request)
        response.headers["Content-Language"] = language
        patch_vary_headers(response, ("Accept-Language",))
        return response
