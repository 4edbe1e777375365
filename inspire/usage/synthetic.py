"""Clearly synthetic traffic for demos and benchmarks.

Every event is marked is_synthetic; pages are named /<section>/synthetic-page-N/, downloads are
"Synthetic report N" and referrers use reserved example domains, so nothing can pass for real use.
The shape is plausible: weekday peaks, working-hours peaks, a steady growth over the period, a few
pages much more popular than the rest, and some visitors who download.
"""

import datetime
import random
import uuid
from collections.abc import Iterator

from inspire.usage.capture import HOME_SECTION, visitor_key
from inspire.usage.models import Event

SECTION_WEIGHTS = {"databases": 35, "registers": 20, "analytics": 20, "policies": 10, "etisc": 15}
# Made-up mix of visitor countries for demos; not a claim about any real audience.
COUNTRY_WEIGHTS = {
    "US": 14, "IN": 11, "CN": 7, "BR": 6, "DE": 5, "GB": 5, "FR": 4, "JP": 4, "KR": 3, "MX": 3, "ES": 3,
    "IT": 3, "CH": 3, "ZA": 3, "NG": 3, "KE": 2, "EG": 2, "ID": 2, "PH": 2, "AR": 2, "CO": 2, "": 7,
}  # fmt: skip
REFERRER_WEIGHTS = {"search.example.com": 6, "news.example.org": 2, "partner.example.net": 2}
# Share of visits per hour of the day (UTC): low at night, high in working hours across time zones.
HOUR_WEIGHTS = [2, 2, 2, 2, 3, 4, 6, 8, 10, 11, 11, 11, 10, 10, 11, 11, 10, 8, 7, 6, 5, 4, 3, 2]
WEEKDAY_FACTORS = [1.0, 1.05, 1.05, 1.0, 0.9, 0.5, 0.45]
PAGES_PER_SECTION = 30
REPORTS = 40


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _popular(rng: random.Random, count: int) -> int:
    # Pareto-like popularity: page 1 is visited far more often than page 30.
    return min(int(rng.paretovariate(0.7)), count)


def synthetic_events(*, first_day: datetime.date, days: int, visitors_per_day: int, seed: int = 1) -> Iterator[Event]:
    """Unsaved synthetic events, day by day. Visitors grow from 60% to 100% of visitors_per_day."""
    rng = random.Random(seed)  # noqa: S311  # nosec B311 (repeatable demo data, nothing secret)
    for offset in range(days):
        day = first_day + datetime.timedelta(days=offset)
        growth = 0.6 + 0.4 * offset / max(days - 1, 1)
        expected = visitors_per_day * growth * WEEKDAY_FACTORS[day.weekday()] * rng.uniform(0.85, 1.15)
        for number in range(round(expected)):
            yield from _visit(rng, day, visitor_key("", f"synthetic-{seed}-{number}", day))


def _visit(rng: random.Random, day: datetime.date, key: str) -> Iterator[Event]:
    moment = datetime.datetime.combine(day, datetime.time(rng.choices(range(24), HOUR_WEIGHTS)[0]), datetime.UTC)
    moment += datetime.timedelta(seconds=rng.randrange(3600 - 600))
    common = {
        "visitor_key": key,
        "country": _weighted(rng, COUNTRY_WEIGHTS),
        "is_authenticated": rng.random() < 0.08,
        "is_synthetic": True,
    }
    referrer = _weighted(rng, REFERRER_WEIGHTS) if rng.random() < 0.35 else ""
    pages = []
    if rng.random() < 0.5:
        pages.append((HOME_SECTION, "/"))
    for _ in range(rng.choice([1, 1, 2, 2, 3, 4, 6])):
        section = _weighted(rng, SECTION_WEIGHTS)
        page = _popular(rng, PAGES_PER_SECTION)
        pages.append((section, f"/{section}/" if page == 1 else f"/{section}/synthetic-page-{page}/"))
    for position, (section, path) in enumerate(pages):
        moment += datetime.timedelta(seconds=rng.randrange(5, 90))
        yield Event(
            uid=uuid.UUID(int=rng.getrandbits(128), version=4),
            occurred_at=moment,
            kind=Event.Kind.VIEW,
            section=section,
            object_key=path,
            referrer_host=referrer if position == 0 else "",
            **common,
        )
    if rng.random() < 0.1:
        report = _popular(rng, REPORTS)
        yield Event(
            uid=uuid.UUID(int=rng.getrandbits(128), version=4),
            occurred_at=moment + datetime.timedelta(seconds=rng.randrange(5, 60)),
            kind=Event.Kind.DOWNLOAD,
            section="analytics",
            object_key=f"synthetic.report:{report}",
            object_label=f"Synthetic report {report}",
            **common,
        )
