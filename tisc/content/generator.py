"""A year (or more) of made-up records for a demo host institution, drawn from a seeded random
generator: the same seed and institution give the same rows on every machine and every run."""

import calendar
import datetime
import random
from decimal import Decimal

from tisc.choices import Gender, Outcome, RequesterCategory, RequestKind, TrainingFormat
from tisc.periods import add_months

REQUESTS_PER_MONTH = 18
KIND_WEIGHTS = {
    RequestKind.PATENT_SEARCH: 30,
    RequestKind.STATE_OF_THE_ART: 15,
    RequestKind.FREEDOM_TO_OPERATE: 6,
    RequestKind.LANDSCAPE: 3,
    RequestKind.IP_MANAGEMENT: 15,
    RequestKind.TECHNOLOGY_TRANSFER: 8,
    RequestKind.TRAINING: 3,
    RequestKind.GENERAL: 20,
}
HOURS = {  # (fewest, most) hours a request of this kind takes
    RequestKind.PATENT_SEARCH: (1, 6),
    RequestKind.STATE_OF_THE_ART: (2, 8),
    RequestKind.FREEDOM_TO_OPERATE: (6, 24),
    RequestKind.LANDSCAPE: (16, 60),
    RequestKind.IP_MANAGEMENT: (1, 4),
    RequestKind.TECHNOLOGY_TRANSFER: (2, 10),
    RequestKind.TRAINING: (2, 6),
    RequestKind.GENERAL: (0.25, 1),
}
CATEGORY_WEIGHTS = {
    RequesterCategory.RESEARCHER: 30,
    RequesterCategory.STUDENT: 25,
    RequesterCategory.INVENTOR: 15,
    RequesterCategory.SME: 18,
    RequesterCategory.LARGE_COMPANY: 3,
    RequesterCategory.PUBLIC_BODY: 5,
    RequesterCategory.OTHER: 4,
}
GENDER_WEIGHTS = {Gender.WOMAN: 46, Gender.MAN: 47, Gender.OTHER: 7}
OUTCOME_WEIGHTS = {Outcome.COMPLETED: 80, Outcome.IN_PROGRESS: 8, Outcome.REFERRED: 8, Outcome.NOT_POSSIBLE: 4}
# Fewer requests in the holiday months, more at the start of the academic year.
SEASON = {1: 0.8, 2: 1.0, 3: 1.1, 4: 1.0, 5: 1.0, 6: 0.9, 7: 0.6, 8: 0.6, 9: 1.2, 10: 1.2, 11: 1.1, 12: 0.7}
TRAINING_TITLES = (
    "Introduction to patent searching",
    "Free patent databases for researchers",
    "Reading a patent document",
    "Classification searching with IPC and CPC",
    "Freedom to operate: what it means for a small firm",
    "IP basics for start-ups",
)


def _pick(rng: random.Random, weights: dict) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0].value


def _day(rng: random.Random, month: datetime.date) -> datetime.date:
    return month.replace(day=rng.randint(1, calendar.monthrange(month.year, month.month)[1]))


def generate(
    *, seed: int, slug: str, volume: float, start: datetime.date, months: int
) -> tuple[list[dict], list[dict]]:
    """(service request rows, training rows) in the shape `records_import` takes."""
    # Made-up demo records, not secrets: a seeded, repeatable generator is the point.
    rng = random.Random(f"{seed}:{slug}")  # noqa: S311  # nosec B311
    requests, trainings = [], []
    for offset in range(months):
        month = add_months(start, offset)
        count = round(REQUESTS_PER_MONTH * volume * SEASON[month.month] * rng.uniform(0.75, 1.25))
        for _ in range(count):
            kind = _pick(rng, KIND_WEIGHTS)
            fewest, most = HOURS[RequestKind(kind)]
            hours = Decimal(str(round(rng.uniform(fewest, most) * 4) / 4)).quantize(Decimal("0.01"))
            requests.append(
                {
                    "received_on": _day(rng, month),
                    "kind": kind,
                    "requester_category": _pick(rng, CATEGORY_WEIGHTS),
                    "requester_gender": _pick(rng, GENDER_WEIGHTS),
                    "outcome": _pick(rng, OUTCOME_WEIGHTS),
                    "hours": max(hours, Decimal("0.25")),
                    "note": "",
                }
            )
        for _ in range(rng.choices([0, 1, 2], weights=[3, 5, 2])[0] if volume >= 0.5 else rng.choice([0, 1])):
            size = rng.randint(8, 35)
            women = round(size * rng.uniform(0.35, 0.6))
            other = rng.choice([0, 0, 0, 1])
            trainings.append(
                {
                    "held_on": _day(rng, month),
                    "title": rng.choice(TRAINING_TITLES),
                    "format": _pick(
                        rng, {TrainingFormat.IN_PERSON: 6, TrainingFormat.ONLINE: 3, TrainingFormat.HYBRID: 1}
                    ),
                    "women": women,
                    "men": size - women,
                    "other": other,
                    "hours": Decimal(rng.choice(["2", "3", "4", "6"])),
                }
            )
    return requests, trainings
