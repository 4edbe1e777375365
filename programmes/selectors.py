"""Reads for the programme pages and API, with their relations fetched up front, and the figures
arranged as charts with tables of the same numbers."""

from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext_lazy as _

from programmes.models import EligibilityList, Product, Programme, Provider, Statistic

CHARTS = (
    (
        "institutions",
        _("Registered and active institutions per year"),
        (Statistic.Metric.REGISTERED, Statistic.Metric.ACTIVE),
    ),
    ("logins", _("Logins per year"), (Statistic.Metric.LOGINS,)),
)


@dataclass(frozen=True)
class Chart:
    """One chart and its table: a row per year, a column per figure; None where no figure is recorded."""

    slug: str
    title: str
    columns: list[str]
    rows: list[tuple[int, list[Statistic | None]]]

    @property
    def data_id(self) -> str:
        return f"{self.slug}-data"

    @property
    def data(self) -> dict:
        return {
            "labels": [str(year) for year, _cells in self.rows],
            "datasets": [
                {
                    "label": column,
                    "values": [cell.value if cell else None for cell in (cells[i] for _year, cells in self.rows)],
                }
                for i, column in enumerate(self.columns)
            ],
        }


def programmes_all() -> QuerySet[Programme]:
    return Programme.objects.prefetch_related("providers", "lists").order_by("order", "name")


def programmes_with_everything() -> QuerySet[Programme]:
    products = Product.objects.select_related("database")
    providers = Provider.objects.select_related("source").prefetch_related(Prefetch("products", queryset=products))
    return Programme.objects.prefetch_related(
        "sources",
        Prefetch("providers", queryset=providers),
        Prefetch("lists", queryset=EligibilityList.objects.select_related("source").order_by("order")),
        Prefetch("statistics", queryset=Statistic.objects.select_related("source").order_by("year")),
    )


def programme_detail(slug: str) -> Programme:
    return programmes_with_everything().get(slug=slug)


def programme_charts(programme: Programme) -> list[Chart]:
    """Charts of the figures already prefetched on `programme`; a chart without any figure is left out."""
    statistics = list(programme.statistics.all())
    charts = []
    for slug, title, metrics in CHARTS:
        by_cell = {(row.year, row.metric): row for row in statistics if row.metric in metrics}
        years = sorted({year for year, _metric in by_cell})
        if not years:
            continue
        rows = [(year, [by_cell.get((year, metric)) for metric in metrics]) for year in years]
        labels = [str(Statistic.Metric(metric).label) for metric in metrics]
        charts.append(Chart(slug=f"{programme.slug}-{slug}", title=str(title), columns=labels, rows=rows))
    return charts


def statistics_all() -> QuerySet[Statistic]:
    return Statistic.objects.select_related("programme", "source").order_by("programme__order", "metric", "year")
