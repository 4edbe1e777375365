"""Reads for the report catalogue: lists with their relations fetched up front, facets, editions."""

from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet
from django.http import QueryDict

from analytics.api.filters import ReportFilter
from analytics.models import MAX_EDITION_CHAIN, Publisher, Region, Report, Series, TechnologyField


@dataclass(frozen=True)
class Facet:
    param: str
    legend: str
    options: list[tuple[str, str, int]]
    selected: list[str]


def report_catalogue(data: QueryDict | None = None) -> ReportFilter:
    """The bound FilterSet over published reports; `.qs` is the page's result list."""
    return ReportFilter(data, queryset=Report.objects.published().with_card_relations())


def report_facets(data: QueryDict) -> list[Facet]:
    """Counts per facet value among reports matching every *other* active filter, so choosing one
    series still shows how many reports the other series would add."""
    facets = []
    for param in ReportFilter.FACETS:
        others = data.copy()
        others.pop(param, None)
        others.pop("sort", None)
        filterset = ReportFilter(others, queryset=Report.objects.published())
        matching = (
            Report.objects.filter(pk__in=filterset.qs.values("pk")) if filterset.is_valid() else Report.objects.none()
        )
        facets.append(
            Facet(
                param=param,
                legend=str(filterset.filters[param].label),
                options=_facet_options(param, matching),
                selected=data.getlist(param),
            )
        )
    return facets


def _facet_options(param: str, matching: QuerySet[Report]) -> list[tuple[str, str, int]]:
    if param == "series":
        counts = dict(matching.values_list("series").annotate(n=Count("pk")))
        return [(value, str(label), counts.get(value, 0)) for value, label in Series.choices]
    if param == "region":
        counts = dict(matching.values_list("region").annotate(n=Count("pk")))
        return [(value, str(label), counts[value]) for value, label in Region.choices if value in counts]
    if param == "publisher":
        rows = matching.values_list("publisher__slug", "publisher__name").annotate(n=Count("pk", distinct=True))
        return sorted(rows, key=lambda row: row[1])
    if param == "field":
        rows = (
            TechnologyField.objects.annotate(n=Count("reports", filter=Q(reports__in=matching), distinct=True))
            .filter(n__gt=0)
            .values_list("slug", "name", "n")
        )
        return list(rows)
    rows = matching.filter(languages__isnull=False).values_list("languages__code", "languages__name")
    return sorted(rows.annotate(n=Count("pk", distinct=True)), key=lambda row: row[1])


def report_detail(slug: str) -> Report:
    return (
        Report.objects.published()
        .select_related("publisher", "previous_edition")
        .prefetch_related("fields__parent", "languages")
        .get(slug=slug)
    )


def report_editions(report: Report) -> list[Report]:
    """Every edition of the work `report` belongs to, oldest first (including `report` itself)."""
    first = report
    for _step in range(MAX_EDITION_CHAIN):
        if first.previous_edition_id is None:
            break
        first = Report.objects.select_related("previous_edition").get(pk=first.previous_edition_id)
    editions, frontier = [first], [first.pk]
    for _step in range(MAX_EDITION_CHAIN):
        later = list(Report.objects.published().filter(previous_edition__in=frontier).order_by("edition"))
        if not later:
            break
        editions.extend(later)
        frontier = [edition.pk for edition in later]
    if len(editions) == 1:
        return []
    return sorted(editions, key=lambda edition: (edition.edition, edition.publication_year or 0))


def report_related(report: Report, *, exclude: list[int], limit: int = 4) -> list[Report]:
    """Other reports sharing technology fields, those sharing the most first."""
    field_ids = [field.pk for field in report.fields.all()]
    if not field_ids:
        return []
    return list(
        Report.objects.published()
        .filter(fields__in=field_ids)
        .exclude(pk__in=[report.pk, *exclude])
        .annotate(shared=Count("fields"))
        .select_related("publisher")
        .order_by("-shared", "-publication_year", "title")[:limit]
    )


def reports_latest(limit: int = 4) -> list[Report]:
    """Newest reports for the home page."""
    return list(
        Report.objects.published().select_related("publisher").order_by("-publication_year", "-created_at")[:limit]
    )


def report_count() -> int:
    return Report.objects.published().count()


def publisher_list() -> QuerySet[Publisher]:
    return Publisher.objects.annotate(
        report_count=Count("reports", filter=Q(reports__is_published=True)),
    ).order_by("name")


def publisher_detail(slug: str) -> Publisher:
    return Publisher.objects.get(slug=slug)


def publisher_reports(publisher: Publisher) -> QuerySet[Report]:
    return Report.objects.published().filter(publisher=publisher).with_card_relations()
