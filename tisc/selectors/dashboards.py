"""Dashboards per host institution, per network and across networks, read from the roll-ups.

Each dashboard is a fixed number of queries whatever the number of institutions, months or
records: the roll-ups of the year in one query, the year-by-year sums in another.
"""

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _

from tisc.models import Institution, Network
from tisc.selectors.figures import Tally, figures, rollup_rows, totals_by_year
from tisc.selectors.tables import Table, figure_tables, totals_list, trend_table
from tisc.selectors.work import network_institutions, project_for

TREND_YEARS = 3


@dataclass
class Dashboard:
    year: int
    figures: dict
    tables: list[Table]
    totals: list[tuple[str, object]]
    trend: list[dict]
    years: list[int]


def dashboard_years(extra: Iterable[int] = ()) -> list[int]:
    this_year = timezone.localdate().year
    return sorted({*range(this_year - 4, this_year + 1), *extra}, reverse=True)


def _dashboard(*, institution_ids: list[int], year: int, figures_of: dict, years: list[int]) -> Dashboard:
    trend = totals_by_year(institution_ids=institution_ids, years=list(range(year - TREND_YEARS + 1, year + 1)))
    return Dashboard(
        year=year,
        figures=figures_of,
        tables=[*figure_tables(figures_of), trend_table(trend)],
        totals=totals_list(figures_of),
        trend=trend,
        years=years,
    )


def _year_bounds(year: int) -> tuple[datetime.date, datetime.date]:
    return datetime.date(year, 1, 1), datetime.date(year + 1, 1, 1)


def institution_dashboard(*, institution: Institution, year: int) -> Dashboard:
    start, end = _year_bounds(year)
    project = project_for(network=institution.network, year=year, work_plan=False)
    rows = rollup_rows(institution_ids=[institution.pk], start=start, end=end)
    result = figures(
        rows,
        start=start,
        end=end,
        indicators=list(project.indicators.all()) if project else None,
        network_targets=True,
    )
    return _dashboard(
        institution_ids=[institution.pk],
        year=year,
        figures_of=result,
        years=dashboard_years(project.years if project else []),
    )


def network_dashboard(*, network: Network, year: int) -> Dashboard:
    start, end = _year_bounds(year)
    institutions = network_institutions(network=network)
    ids = [i.pk for i in institutions]
    project = project_for(network=network, year=year, work_plan=False)
    rows = rollup_rows(institution_ids=ids, start=start, end=end)
    result = figures(
        rows,
        start=start,
        end=end,
        indicators=list(project.indicators.all()) if project else None,
        names={i.pk: i.name for i in institutions},
    )
    return _dashboard(
        institution_ids=ids, year=year, figures_of=result, years=dashboard_years(project.years if project else [])
    )


def programme_dashboard(*, year: int) -> Dashboard:
    """Every network, demo ones included (they are labelled); targets differ per network, so none here."""
    start, end = _year_bounds(year)
    networks = {n.pk: n for n in Network.objects.order_by("is_demo", "name")}
    institution_network = dict(Institution.objects.filter(is_published=True).values_list("pk", "network_id"))
    rows = rollup_rows(institution_ids=institution_network, start=start, end=end)
    result = figures(rows, start=start, end=end)
    per_network: dict[int, Tally] = defaultdict(Tally)
    for row in rows:
        per_network[institution_network[row.institution_id]].add(row, with_cells=False)
    counts: dict[int, int] = defaultdict(int)
    for network_id in institution_network.values():
        counts[network_id] += 1
    result["networks"] = [
        {
            "slug": network.slug,
            "name": _("%(name)s (demo)") % {"name": network.name} if network.is_demo else network.name,
            "institution_count": counts[pk],
            **per_network[pk].totals(),
        }
        for pk, network in networks.items()
    ]
    return _dashboard(institution_ids=list(institution_network), year=year, figures_of=result, years=dashboard_years())
