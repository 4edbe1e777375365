"""Figures as a table and the chart of the table's numbers (drawn by static/js/charts.js).

Every chart has its numbers in the table under it, so a page says everything without the script,
in print and to screen readers (`templates/components/chart_table.html`)."""

from dataclasses import dataclass, field


@dataclass
class Table:
    slug: str
    title: str
    columns: list[str]
    rows: list[list]
    # {"type", "labels", "datasets": [{"label", "values"}], "stacked", "horizontal"}: the rows' numbers, drawn.
    chart: dict | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def data_id(self) -> str:
        return f"chart-data-{self.slug}"


def chart(kind: str, labels: list, datasets: list[tuple[str, list]], **options) -> dict:
    return {
        "type": kind,
        "labels": [str(label) for label in labels],
        "datasets": [{"label": str(label), "values": values} for label, values in datasets],
        "stacked": options.get("stacked", False),
        "horizontal": options.get("horizontal", False),
    }
