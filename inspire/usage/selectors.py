"""Reads for the staff dashboard, its CSV export and the staff API. Figures come from roll-ups only."""

import dataclasses
import datetime
from dataclasses import dataclass, field

from django.db.models import Max, Sum
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from etisc import selectors as etisc
from inspire import charts
from inspire.charts import chart
from inspire.sections import SECTIONS
from inspire.usage.capture import HOME_SECTION
from inspire.usage.models import DailyRollup, Dimension, Event, MonthlyRollup, YearlyRollup

TOP_COUNT = 10


@dataclass(frozen=True)
class Table:
    """One dashboard panel: the same rows feed the HTML table, the chart and the CSV file."""

    slug: str
    title: str
    columns: list[str]
    rows: list[list]
    chart_type: str = "bar"
    # Index of the column the chart draws, and of the column naming each bar.
    chart_column: int = 1
    label_column: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def data_id(self) -> str:
        return f"{self.slug}-data"

    def chart_data(self) -> dict:
        return chart(
            self.chart_type,
            [str(row[self.label_column]) for row in self.rows],
            [(str(self.columns[self.chart_column]), [row[self.chart_column] for row in self.rows])],
        )


def section_title(label: str) -> str:
    if label == HOME_SECTION:
        return str(_("Home page"))
    for section in SECTIONS:
        if section.app_label == label:
            return str(section.title)
    return label


def country_name(code: str) -> str:
    return countries.name(code) or code if code else str(_("Unknown"))


def percent_change(current: int, previous: int | None) -> str:
    if not previous:
        return "n/a"
    return f"{(current - previous) * 100 / previous:+.1f}%"


def _summed(queryset, *group_by: str):
    return (
        queryset.values(*group_by)
        .order_by()
        .annotate(total_visitors=Sum("visitors"), total_views=Sum("views"), total_downloads=Sum("downloads"))
    )


def users_per_year(first_day: datetime.date, last_day: datetime.date) -> Table:
    rows = []
    previous = None
    years = YearlyRollup.objects.dimension(Dimension.TOTAL).filter(
        period_start__gte=first_day.replace(month=1, day=1), period_start__lte=last_day
    )
    for rollup in years.order_by("period_start"):
        rows.append(
            [rollup.period_start.year, rollup.visitors, percent_change(rollup.visitors, previous), rollup.views]
        )
        previous = rollup.visitors
    return Table(
        "years",
        str(_("Users per year")),
        [str(_("Year")), str(_("Users")), str(_("Change")), str(_("Page views"))],
        rows,
        notes=[str(_("Whole calendar years touched by the selected range."))],
    )


def users_per_month(first_day: datetime.date, last_day: datetime.date) -> Table:
    months = MonthlyRollup.objects.dimension(Dimension.TOTAL).between(first_day.replace(day=1), last_day)
    rows = [
        [rollup.period_start.strftime("%Y-%m"), rollup.visitors, rollup.views, rollup.downloads]
        for rollup in months.order_by("period_start")
    ]
    return Table(
        "months",
        str(_("Users per month")),
        [str(_("Month")), str(_("Users")), str(_("Page views")), str(_("Downloads"))],
        rows,
        chart_type="line",
        notes=[str(_("Whole calendar months touched by the selected range."))],
    )


def top_countries(first_day: datetime.date, last_day: datetime.date) -> Table:
    daily = DailyRollup.objects.dimension(Dimension.COUNTRY).between(first_day, last_day)
    ranked = _summed(daily, "key").order_by("-total_visitors", "key")[:TOP_COUNT]
    rows = [[country_name(row["key"]), row["total_visitors"], row["total_views"]] for row in ranked]
    return Table(
        "countries",
        str(_("Top 10 countries")),
        [str(_("Country")), str(_("Users")), str(_("Page views"))],
        rows,
    )


def users_per_section(first_day: datetime.date, last_day: datetime.date) -> Table:
    daily = DailyRollup.objects.dimension(Dimension.SECTION).between(first_day, last_day)
    ranked = _summed(daily, "section").order_by("-total_visitors", "section")
    rows = [
        [section_title(row["section"]), row["total_visitors"], row["total_views"], row["total_downloads"]]
        for row in ranked
    ]
    return Table(
        "sections",
        str(_("Users per section")),
        [str(_("Section")), str(_("Users")), str(_("Page views")), str(_("Downloads"))],
        rows,
    )


def most_downloaded(first_day: datetime.date, last_day: datetime.date) -> Table:
    daily = DailyRollup.objects.dimension(Dimension.OBJECT).between(first_day, last_day).filter(downloads__gt=0)
    ranked = (
        _summed(daily, "section", "key").annotate(title=Max("label")).order_by("-total_downloads", "key")[:TOP_COUNT]
    )
    rows = [[row["title"] or row["key"], section_title(row["section"]), row["total_downloads"]] for row in ranked]
    return Table(
        "downloads",
        str(_("Most downloaded")),
        [str(_("Title")), str(_("Section")), str(_("Downloads"))],
        rows,
        chart_column=2,
    )


def top_referrers(first_day: datetime.date, last_day: datetime.date) -> Table:
    daily = DailyRollup.objects.dimension(Dimension.REFERRER).between(first_day, last_day)
    ranked = _summed(daily, "key").order_by("-total_visitors", "key")[:TOP_COUNT]
    rows = [[row["key"], row["total_visitors"], row["total_views"]] for row in ranked]
    return Table(
        "referrers",
        str(_("Top 10 referring sites")),
        [str(_("Site")), str(_("Users")), str(_("Page views"))],
        rows,
    )


def range_totals(first_day: datetime.date, last_day: datetime.date) -> dict[str, int]:
    totals = (
        DailyRollup.objects.dimension(Dimension.TOTAL)
        .between(first_day, last_day)
        .aggregate(visitors=Sum("visitors"), views=Sum("views"), downloads=Sum("downloads"))
    )
    return {name: value or 0 for name, value in totals.items()}


TABLES = {
    "years": users_per_year,
    "months": users_per_month,
    "countries": top_countries,
    "sections": users_per_section,
    "downloads": most_downloaded,
    "referrers": top_referrers,
}


def dashboard_tables(first_day: datetime.date, last_day: datetime.date) -> list[Table]:
    return [build(first_day, last_day) for build in TABLES.values()]


def dashboard_table(slug: str, first_day: datetime.date, last_day: datetime.date) -> Table:
    return TABLES[slug](first_day, last_day)


def has_synthetic_events() -> bool:
    return Event.objects.filter(is_synthetic=True).exists()


def _charted(table: Table, *, horizontal: bool = False) -> charts.Table:
    plot = table.chart_data() if table.rows else None
    if plot:
        plot["horizontal"] = horizontal
    return charts.Table(table.slug, table.title, table.columns, table.rows, plot, table.notes)


def impact_tables(today: datetime.date) -> list[charts.Table]:
    """The public Impact page: every year on record, from the roll-ups (no visitor is identifiable)."""
    first_day = datetime.date(2000, 1, 1)
    return [
        _charted(dataclasses.replace(users_per_year(first_day, today), notes=[])),
        _charted(top_countries(first_day, today), horizontal=True),
        _charted(users_per_section(first_day, today), horizontal=True),
        _charted(most_downloaded(first_day, today), horizontal=True),
        forum_activity(),
    ]


def forum_activity() -> charts.Table:
    rows = [[str(year), topics, posts] for year, topics, posts in etisc.public_activity_per_year()]
    plot = chart(
        "bar", [r[0] for r in rows], [(_("Topics started"), [r[1] for r in rows]), (_("Posts"), [r[2] for r in rows])]
    )
    columns = [str(_("Year")), str(_("Topics started")), str(_("Posts"))]
    return charts.Table("forum", str(_("eTISC forum activity per year")), columns, rows, plot if rows else None)
