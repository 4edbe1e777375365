import logging

from inspire.usage.capture import event_from_request, section_for
from inspire.usage.models import Event
from inspire.usage.services import event_record

logger = logging.getLogger(__name__)


class PageViewMiddleware:
    """Records a page view for each full HTML page of a counted section served with 200 OK.

    Runs after the response is built and swallows its own errors: usage analytics must never
    change or break what the visitor gets.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        try:
            if self._counts(request, response):
                event = event_from_request(
                    request, kind=Event.Kind.VIEW, section=section_for(request.resolver_match), object_key=request.path
                )
                if event is not None:
                    event_record(event=event)
        except Exception:
            logger.warning("Usage analytics: page view not recorded", exc_info=True)
        return response

    @staticmethod
    def _counts(request, response) -> bool:
        return (
            request.method == "GET"
            and response.status_code == 200
            and response.get("Content-Type", "").startswith("text/html")
            # htmx fragments and browser prefetches are parts of a view, not views.
            and "HX-Request" not in request.headers
            and request.headers.get("Sec-Purpose", request.headers.get("Purpose", "")) != "prefetch"
            and section_for(getattr(request, "resolver_match", None)) is not None
        )
