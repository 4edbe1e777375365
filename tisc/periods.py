"""Reporting periods: a quarter of a year, or the whole year (quarter 0)."""

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext as _

# Days after the period ends that a report is due: host institutions first, then the coordinator,
# who needs their reports to write the network's.
INSTITUTION_GRACE_DAYS = 15
NETWORK_GRACE_DAYS = 30


@dataclass(frozen=True, order=True)
class Period:
    year: int
    quarter: int = 0

    def __post_init__(self):
        if not 0 <= self.quarter <= 4:
            raise ValueError("quarter must be 0 (the whole year) to 4")

    @property
    def is_annual(self) -> bool:
        return self.quarter == 0

    @property
    def start(self) -> datetime.date:
        return datetime.date(self.year, 1 if self.is_annual else 3 * self.quarter - 2, 1)

    @property
    def end(self) -> datetime.date:
        """The first day after the period."""
        if self.is_annual or self.quarter == 4:
            return datetime.date(self.year + 1, 1, 1)
        return datetime.date(self.year, 3 * self.quarter + 1, 1)

    @property
    def last_day(self) -> datetime.date:
        return self.end - datetime.timedelta(days=1)

    @property
    def months(self) -> list[datetime.date]:
        first = self.start.month
        count = 12 if self.is_annual else 3
        return [datetime.date(self.year, first + n, 1) for n in range(count)]

    @property
    def label(self) -> str:
        if self.is_annual:
            return _("Year %(year)s") % {"year": self.year}
        return _("%(year)s, quarter %(quarter)s") % {"year": self.year, "quarter": self.quarter}

    @property
    def code(self) -> str:
        return f"{self.year}" if self.is_annual else f"{self.year}-Q{self.quarter}"

    def due_on(self, *, network_level: bool) -> datetime.date:
        grace = NETWORK_GRACE_DAYS if network_level else INSTITUTION_GRACE_DAYS
        return self.last_day + datetime.timedelta(days=grace)

    @classmethod
    def quarter_of(cls, day: datetime.date) -> "Period":
        return cls(day.year, (day.month - 1) // 3 + 1)

    def previous(self) -> "Period":
        if self.is_annual:
            return Period(self.year - 1)
        return Period(self.year - 1, 4) if self.quarter == 1 else Period(self.year, self.quarter - 1)


def month_start(day: datetime.date) -> datetime.date:
    return day.replace(day=1)


def add_months(day: datetime.date, count: int) -> datetime.date:
    index = day.year * 12 + day.month - 1 + count
    return datetime.date(index // 12, index % 12 + 1, 1)
