"""iCalendar (RFC 5545) export of events, for one event or the whole calendar."""

from collections.abc import Iterable
from zoneinfo import ZoneInfo

from icalendar import Calendar
from icalendar import Event as CalendarEvent

from etisc.models import Event


def events_ical(events: Iterable[Event], *, request) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//INSPIRE hub//eTISC events//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "INSPIRE hub eTISC events")
    host = request.get_host()
    for event in events:
        zone = ZoneInfo(event.timezone)
        item = CalendarEvent()
        item.add("uid", f"etisc-event-{event.slug}@{host}")
        item.add("summary", event.title)
        item.add("dtstart", event.starts_at.astimezone(zone))
        item.add("dtend", event.ends_at.astimezone(zone))
        item.add("dtstamp", event.starts_at)
        item.add("categories", [event.get_kind_display()])
        if event.description:
            item.add("description", event.description)
        if event.venue or event.online_url:
            item.add("location", event.venue or event.online_url)
        item.add(
            "url", event.online_url or event.registration_url or request.build_absolute_uri(event.get_absolute_url())
        )
        calendar.add_component(item)
    return calendar.to_ical()
