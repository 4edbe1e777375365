from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.generic import RedirectView

from inspire import health
from inspire.home import home_context
from inspire.ratelimit import RateLimited


@require_safe
def home(request):
    return render(request, "home.html", home_context())


@never_cache
@require_safe
def healthz(request):
    healthy, states = health.service_states()
    return JsonResponse({"status": "ok" if healthy else "down", "services": states}, status=200 if healthy else 503)


def favicon(request):
    """Browsers and crawlers ask for /favicon.ico whatever the page says; send them to the real icon."""
    return RedirectView.as_view(url=static("favicon.svg"), permanent=True)(request)


def hello(request):
    """The cheapest Django response, served only when benchmarking: the stack's own ceiling."""
    return HttpResponse("hello", content_type="text/plain")


def too_many_requests(request, error: RateLimited):
    response = render(request, "429.html", status=429)
    response["Retry-After"] = str(error.retry_after)
    return response


def too_many_requests_json(request, error: RateLimited):
    """The API's error shape, for JSON endpoints outside the API (search suggestions)."""
    body = {
        "status": 429,
        "code": "throttled",
        "detail": "Request was throttled.",
        "retry_after_seconds": error.retry_after,
    }
    response = JsonResponse(body, status=429)
    response["Retry-After"] = str(error.retry_after)
    return response


def page_not_found(request, exception):
    if request.path.startswith("/api/"):
        return JsonResponse({"status": 404, "code": "not_found", "detail": "Not found."}, status=404)
    return render(request, "404.html", status=404)


def server_error(request):
    if request.path.startswith("/api/"):
        return JsonResponse({"status": 500, "code": "server_error", "detail": "Server error."}, status=500)
    return render(request, "500.html", status=500)
