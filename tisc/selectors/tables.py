"""Figures laid out as tables (and the chart of each table's numbers) for pages, print and CSV."""

import datetime

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from inspire.charts import Table
from inspire.charts import chart as chart_data
from tisc.choices import Gender, Outcome, RequesterCategory, RequestKind
from tisc.models import Indicator, Report


def _label(choices, code: str) -> str:
    return str(dict(choices).get(code, code))


def _month(code: str) -> str:
    return date_format(datetime.date.fromisoformat(f"{code}-01"), "M Y")


def _counts_table(slug: str, title: str, heading: str, counts: dict, choices, *, chart: bool) -> Table:
    rows = [[_label(choices, code), counts[code]] for code, _l in choices if counts.get(code)]
    rows += [[code, count] for code, count in counts.items() if code not in dict(choices)]
    plot = chart_data("bar", [r[0] for r in rows], [(_("Requests"), [r[1] for r in rows])], horizontal=True)
    return Table(slug, title, [heading, _("Requests")], rows, plot if chart and rows else None)


def _percent(part, whole) -> str:
    if not whole:
        return "—"
    return f"{round(100 * float(part) / float(whole))} %"


def totals_list(figures: dict) -> list[tuple[str, object]]:
    totals = figures["totals"]
    return [
        (_("Service requests handled"), totals["requests"]),
        (_("Searches performed"), totals["searches"]),
        (_("Hours of service"), totals["hours"]),
        (_("Trainings held"), totals["trainings"]),
        (_("Training participants"), totals["participants"]),
        (_("Women among participants"), _percent(totals["women"], totals["participants"])),
    ]


def figure_tables(figures: dict, *, charts: bool = True) -> list[Table]:
    """Every table of a dashboard or report, in reading order; empty ones are left out."""
    tables = []
    if figures.get("indicators"):
        rows = []
        for item in figures["indicators"]:
            year = item["year"]
            rows.append(
                [
                    item["name"],
                    _label(Indicator.Measure.choices, item["measure"]),
                    "—" if item["baseline"] is None else f"{item['baseline']} ({item['baseline_year']})",
                    "—" if item["target"] is None else item["target"],
                    item["actual"],
                    item["year_to_date"],
                    _percent(item["year_to_date"], item["target"]),
                ]
            )
        shared = figures.get("network_targets")
        target = (_("Network target %(year)s") if shared else _("Target %(year)s")) % {"year": year}
        plot = chart_data(
            "bar",
            [r[0] for r in rows],
            [
                (target, [r[3] if r[3] != "—" else 0 for r in rows]),
                (_("Achieved in %(year)s so far") % {"year": year}, [float(r[5]) for r in rows]),
            ],
            horizontal=True,
        )
        tables.append(
            Table(
                "indicators",
                _("Contribution to the network's targets") if shared else _("Indicators against targets"),
                [
                    _("Indicator"),
                    _("Measure"),
                    _("Baseline"),
                    target,
                    _("In this period"),
                    _("Year to date"),
                    _("Share of network target") if shared else _("Of target"),
                ],
                rows,
                plot if charts else None,
            )
        )
    months = figures["months"]
    if any(m["requests"] for m in months):
        rows = [[_month(m["month"]), m["requests"], m["searches"], m["hours"]] for m in months]
        plot = chart_data(
            "bar",
            [r[0] for r in rows],
            [(_("Service requests"), [r[1] for r in rows]), (_("Searches"), [r[2] for r in rows])],
        )
        tables.append(
            Table(
                "months",
                _("Services per month"),
                [_("Month"), _("Requests"), _("Searches"), _("Hours")],
                rows,
                plot if charts else None,
            )
        )
    for slug, title, heading, key, choices in (
        ("kinds", _("Requests by service"), _("Service"), "kinds", RequestKind.choices),
        ("categories", _("Requests by requester"), _("Requester"), "categories", RequesterCategory.choices),
        ("genders", _("Requests by requester's gender"), _("Gender"), "genders", Gender.choices),
        ("outcomes", _("Requests by outcome"), _("Outcome"), "outcomes", Outcome.choices),
    ):
        if figures[key]:
            tables.append(
                _counts_table(slug, title, heading, figures[key], choices, chart=charts and slug != "outcomes")
            )
    if any(m["trainings"] for m in months):
        rows = [
            [_month(m["month"]), m["trainings"], m["women"], m["men"], m["other"], m["participants"]] for m in months
        ]
        plot = chart_data(
            "bar",
            [r[0] for r in rows],
            [
                (_("Women"), [r[2] for r in rows]),
                (_("Men"), [r[3] for r in rows]),
                (_("Another gender or not stated"), [r[4] for r in rows]),
            ],
            stacked=True,
        )
        tables.append(
            Table(
                "trainings",
                _("Trainings and participants by gender"),
                [
                    _("Month"),
                    _("Trainings"),
                    _("Women"),
                    _("Men"),
                    _("Another gender or not stated"),
                    _("Participants"),
                ],
                rows,
                plot if charts else None,
            )
        )
    if figures.get("institutions"):
        rows = [
            [
                i["name"],
                i["requests"],
                i["searches"],
                i["hours"],
                i["trainings"],
                i["participants"],
                _percent(i["women"], i["participants"]),
            ]
            for i in figures["institutions"]
        ]
        tables.append(
            Table(
                "institutions",
                _("By host institution"),
                [
                    _("Host institution"),
                    _("Requests"),
                    _("Searches"),
                    _("Hours"),
                    _("Trainings"),
                    _("Participants"),
                    _("Women"),
                ],
                rows,
            )
        )
    if figures.get("networks"):
        rows = [
            [
                n["name"],
                n["institution_count"],
                n["requests"],
                n["searches"],
                n["trainings"],
                n["participants"],
                _percent(n["women"], n["participants"]),
            ]
            for n in figures["networks"]
        ]
        tables.append(
            Table(
                "networks",
                _("By network"),
                [
                    _("Network"),
                    _("Host institutions"),
                    _("Requests"),
                    _("Searches"),
                    _("Trainings"),
                    _("Participants"),
                    _("Women"),
                ],
                rows,
                chart_data(
                    "bar", [r[0] for r in rows], [(_("Service requests"), [r[2] for r in rows])], horizontal=True
                )
                if charts
                else None,
            )
        )
    if figures.get("institution_reports") is not None:
        rows = [[r["name"], _label(Report.Status.choices, r["status"])] for r in figures["institution_reports"]]
        tables.append(
            Table("institution_reports", _("Host institutions' reports"), [_("Host institution"), _("Status")], rows)
        )
    return tables


def trend_table(years: list[dict]) -> Table:
    rows = [[y["year"], y["requests"], y["searches"], y["hours"], y["trainings"], y["participants"]] for y in years]
    return Table(
        "years",
        _("Year by year"),
        [_("Year"), _("Requests"), _("Searches"), _("Hours"), _("Trainings"), _("Participants")],
        rows,
    )
