"""The figures of a set of host institutions over some months, summed from their monthly roll-ups.

Dashboards, report snapshots, exports and the API all read figures from here, so a number means
the same thing everywhere. Figures are plain JSON (codes, not labels) so a frozen report copy
stays readable in any language.
"""

import datetime
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

from django.db.models import Sum
from django.db.models.functions import ExtractYear

from tisc.choices import SEARCH_KINDS
from tisc.models import Indicator, MonthlyRollup
from tisc.periods import add_months

TOTAL_KEYS = ("requests", "searches", "hours", "trainings", "participants", "women", "men", "other")
ZERO = Decimal("0")


def cell_key(kind: str, category: str, gender: str) -> str:
    return f"{kind}|{category}|{gender}"


def _hours(value) -> Decimal:
    return Decimal(str(value or 0))


# A roll-up as a plain tuple: dashboards read hundreds of them, and model instances cost more than the sums.
class Row(NamedTuple):
    institution_id: int
    month: datetime.date
    requests: int
    searches: int
    hours: Decimal
    request_cells: dict[str, list]
    outcomes: dict[str, int]
    trainings: int
    women: int
    men: int
    other: int


@dataclass
class Tally:
    """Sums of roll-up rows, with the request cells kept (when asked) so any indicator can be computed."""

    requests: int = 0
    searches: int = 0
    hours: Decimal = ZERO
    trainings: int = 0
    women: int = 0
    men: int = 0
    other: int = 0
    cells: Counter = field(default_factory=Counter)
    cell_hours: defaultdict = field(default_factory=lambda: defaultdict(float))
    outcomes: Counter = field(default_factory=Counter)

    def add(self, row: Row, *, with_cells: bool = True) -> None:
        self.requests += row.requests
        self.searches += row.searches
        self.hours += row.hours
        self.trainings += row.trainings
        self.women += row.women
        self.men += row.men
        self.other += row.other
        if with_cells:
            for key, (count, hours) in row.request_cells.items():
                self.cells[key] += count
                self.cell_hours[key] += float(hours)
            self.outcomes.update(row.outcomes)

    @property
    def participants(self) -> int:
        return self.women + self.men + self.other

    def totals(self) -> dict:
        return {
            "requests": self.requests,
            "searches": self.searches,
            "hours": f"{self.hours:.2f}",
            "trainings": self.trainings,
            "participants": self.participants,
            "women": self.women,
            "men": self.men,
            "other": self.other,
        }

    def by(self, position: int) -> dict[str, int]:
        """Requests by kind (0), requester category (1) or gender (2)."""
        counts: Counter = Counter()
        for key, count in self.cells.items():
            counts[key.split("|")[position]] += count
        return dict(counts)

    def indicator_value(self, indicator: Indicator) -> Decimal | int:
        measure = indicator.measure
        if measure == Indicator.Measure.TRAININGS:
            return self.trainings
        if measure == Indicator.Measure.PARTICIPANTS:
            by_gender = {"woman": self.women, "man": self.men, "other": self.other}
            return by_gender[indicator.gender] if indicator.gender else self.participants
        if measure == Indicator.Measure.HOURS:
            hours = sum(value for key, value in self.cell_hours.items() if self._counts_towards(indicator, key))
            return Decimal(f"{hours:.2f}")
        return sum(count for key, count in self.cells.items() if self._counts_towards(indicator, key))

    @staticmethod
    def _counts_towards(indicator: Indicator, key: str) -> bool:
        kind, category, gender = key.split("|")
        if indicator.measure == Indicator.Measure.SEARCHES and kind not in SEARCH_KINDS:
            return False
        if indicator.kind and kind != indicator.kind:
            return False
        if indicator.requester_category and category != indicator.requester_category:
            return False
        return not (indicator.gender and gender != indicator.gender)


def tally(rows: Iterable[Row], *, with_cells: bool = True) -> Tally:
    result = Tally()
    for row in rows:
        result.add(row, with_cells=with_cells)
    return result


def rollup_rows(*, institution_ids: Iterable[int], start: datetime.date, end: datetime.date) -> list[Row]:
    """One query: the roll-ups of these institutions for the months in [start, end)."""
    values = (
        MonthlyRollup.objects.filter(institution_id__in=list(institution_ids), month__gte=start, month__lt=end)
        .values_list(*Row._fields)
        .order_by()
    )
    return [Row(*row) for row in values]


def months_between(start: datetime.date, end: datetime.date) -> list[datetime.date]:
    months, month = [], start
    while month < end:
        months.append(month)
        month = add_months(month, 1)
    return months


def _number(value: Decimal | int) -> int | str:
    return f"{value:.2f}" if isinstance(value, Decimal) else value


def indicator_rows(indicators: list[Indicator], *, year: int, period: Tally, year_to_date: Tally) -> list[dict]:
    """Each indicator with its baseline, the year's target, and what was achieved (targets prefetched)."""
    rows = []
    for indicator in indicators:
        target = next((t.value for t in indicator.targets.all() if t.year == year), None)
        rows.append(
            {
                "name": indicator.name,
                "measure": indicator.measure,
                "baseline": indicator.baseline,
                "baseline_year": indicator.baseline_year,
                "year": year,
                "target": target,
                "actual": _number(period.indicator_value(indicator)),
                "year_to_date": _number(year_to_date.indicator_value(indicator)),
            }
        )
    return rows


def figures(
    rows: list[Row],
    *,
    start: datetime.date,
    end: datetime.date,
    indicators: list[Indicator] | None = None,
    names: dict[int, str] | None = None,
    network_targets: bool = False,
) -> dict:
    """Everything a dashboard or report shows for rows of [start, end); `names` adds a per-institution table.

    Indicators compare with the target of the year the period ends in (`network_targets`: the
    figures are one institution's, the targets its network's); "year to date" counts from
    1 January of that year, so it needs those months among `rows`.
    """
    year = (end - datetime.timedelta(days=1)).year
    in_period = [row for row in rows if start <= row.month < end]
    by_month: dict[datetime.date, Tally] = defaultdict(Tally)
    for row in in_period:
        by_month[row.month].add(row, with_cells=False)
    period = tally(in_period)
    result: dict[str, object] = {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "totals": period.totals(),
        "months": [
            {"month": month.strftime("%Y-%m"), **by_month[month].totals()} for month in months_between(start, end)
        ],
        "kinds": period.by(0),
        "categories": period.by(1),
        "genders": period.by(2),
        "outcomes": dict(period.outcomes),
    }
    if indicators is not None:
        first_of_year = datetime.date(year, 1, 1)
        to_date = period if start == first_of_year else tally(row for row in rows if first_of_year <= row.month < end)
        result["indicators"] = indicator_rows(indicators, year=year, period=period, year_to_date=to_date)
        # One host institution's figures against its whole network's targets: a share, not a score.
        result["network_targets"] = network_targets
    if names is not None:
        per_institution: dict[int, Tally] = defaultdict(Tally)
        for row in in_period:
            per_institution[row.institution_id].add(row, with_cells=False)
        result["institutions"] = [
            {"id": pk, "name": name, **per_institution[pk].totals()}
            for pk, name in sorted(names.items(), key=lambda item: item[1])
        ]
    return result


def totals_by_year(*, institution_ids: Iterable[int], years: list[int]) -> list[dict]:
    """Year-by-year totals for a trend table, summed by the database (one query, no JSON read)."""
    numeric = ("requests", "searches", "hours", "trainings", "women", "men", "other")
    sums = (
        MonthlyRollup.objects.filter(
            institution_id__in=list(institution_ids),
            month__gte=datetime.date(min(years), 1, 1),
            month__lt=datetime.date(max(years) + 1, 1, 1),
        )
        .annotate(year=ExtractYear("month"))
        .values("year")
        .annotate(**{f"sum_{name}": Sum(name) for name in numeric})
        .order_by("year")
    )
    found = {row["year"]: row for row in sums}
    result = []
    for year in years:
        row: Any = found.get(year, {})  # values() rows; the stubs see only "year" among their keys
        counts = {name: row.get(f"sum_{name}") or 0 for name in numeric}
        participants = counts["women"] + counts["men"] + counts["other"]
        result.append({"year": year, **counts, "hours": f"{_hours(counts['hours']):.2f}", "participants": participants})
    return result
