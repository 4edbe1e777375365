"""News, events and their calendar (iCal) feeds."""

from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from etisc import calendar, selectors
from etisc.models import (
    Event,
    NewsItem,
)
from inspire.sections import section_trail


@require_safe
def events(request):
    context = {
        "upcoming": selectors.events_upcoming(user=request.user, limit=100),
        "past": selectors.events_past(user=request.user)[:50],
        "trail": section_trail("etisc", ("", _("Events and webinars"))),
    }
    return render(request, "etisc/events.html", context)


def _event_or_404(request, slug: str) -> Event:
    try:
        return selectors.event_detail(user=request.user, slug=slug)
    except Event.DoesNotExist as error:
        raise Http404(_("No such event.")) from error


@require_safe
def event_detail(request, slug: str):
    event = _event_or_404(request, slug)
    context = {
        "event": event,
        "trail": section_trail("etisc", (reverse("etisc:events"), _("Events and webinars")), ("", event.title)),
    }
    return render(request, "etisc/event.html", context)


def _ics_response(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_safe
def event_ics(request, slug: str):
    event = _event_or_404(request, slug)
    return _ics_response(calendar.events_ical([event], request=request), f"{event.slug}.ics")


@require_safe
def events_ics(request):
    events = selectors.events_calendar(user=request.user)
    return _ics_response(calendar.events_ical(events, request=request), "etisc-events.ics")


@require_safe
def news(request):
    page_obj = Paginator(selectors.news_list(), 20).get_page(request.GET.get("page"))
    return render(request, "etisc/news.html", {"page_obj": page_obj, "trail": section_trail("etisc", ("", _("News")))})


@require_safe
def news_detail(request, slug: str):
    item = get_object_or_404(NewsItem, slug=slug)
    context = {"item": item, "trail": section_trail("etisc", (reverse("etisc:news"), _("News")), ("", item.title))}
    return render(request, "etisc/news_detail.html", context)
