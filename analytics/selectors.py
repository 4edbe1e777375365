"""Reads for the report catalogue: lists with their relations fetched up front, facets, editions."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet
from django.http import QueryDict
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from analytics.filters import ReportFilter
from analytics.models import MAX_EDITION_CHAIN, Guide, Publisher, Region, Report, Series, TechnologyField
from inspire.cache import cached_per_version
from inspire.charts import Table, chart
from inspire.filters import selection_key

# Retired by any write to the catalogue (analytics.apps), so cached facet counts follow every edit.
CONTENT_VERSION_KEY = "analytics:content-version"


@dataclass(frozen=True)
class FacetNode:
    value: str
    label: str
    count: int
    children: list["FacetNode"] = field(default_factory=list)


@dataclass(frozen=True)
class Facet:
    param: str
    legend: str
    options: list[tuple[str, str, int]]
    selected: list[str]
    # Only for the technology field facet: broad areas with their narrower fields.
    tree: list[FacetNode] = field(default_factory=list)


def report_catalogue(data: QueryDict | None = None) -> ReportFilter:
    """The bound FilterSet over published reports; `.qs` is the page's result list."""
    return ReportFilter(data, queryset=Report.objects.published().with_card_relations())


def report_facets(data: QueryDict) -> list[Facet]:
    """Counts per facet value among reports matching every *other* active filter, so choosing one
    series still shows how many reports the other series would add. Kept per content version, filter
    values and language (the labels are translated): they change only when the catalogue does."""
    params = {"language": get_language(), "filters": selection_key(data)}
    return cached_per_version(CONTENT_VERSION_KEY, "analytics:facets", params, lambda: _report_facets(data))


def _report_facets(data: QueryDict) -> list[Facet]:
    facets = []
    for param in ReportFilter.FACETS:
        others = data.copy()
        others.pop(param, None)
        others.pop("sort", None)
        filterset = ReportFilter(others, queryset=Report.objects.published())
        matching = (
            Report.objects.filter(pk__in=filterset.qs.values("pk")) if filterset.is_valid() else Report.objects.none()
        )
        selected = data.getlist(param)
        legend = str(filterset.filters[param].label)
        if param == "field":
            tree = _field_tree(matching, selected)
            options = [(node.value, node.label, node.count) for top in tree for node in [top, *top.children]]
            facets.append(Facet(param=param, legend=legend, options=options, selected=selected, tree=tree))
        else:
            facets.append(Facet(param=param, legend=legend, options=_facet_options(param, matching), selected=selected))
    return facets


def _field_tree(matching: QuerySet[Report], selected: list[str]) -> list[FacetNode]:
    """Broad areas count every report in them or in their narrower fields, each report once."""
    reports_by_field: dict[int, set[int]] = defaultdict(set)
    for report_id, field_id, parent_id in matching.filter(fields__isnull=False).values_list(
        "pk", "fields__pk", "fields__parent_id"
    ):
        reports_by_field[field_id].add(report_id)
        if parent_id:
            reports_by_field[parent_id].add(report_id)
    nodes: dict[int, FacetNode] = {}
    parents: dict[int, int | None] = {}
    for pk, slug, name, parent_id in TechnologyField.objects.order_by("name").values_list(
        "pk", "slug", "name", "parent_id"
    ):
        count = len(reports_by_field[pk])
        if count or slug in selected:
            nodes[pk], parents[pk] = FacetNode(value=slug, label=name, count=count), parent_id
    tree = []
    for pk, node in nodes.items():
        parent_pk = parents[pk]
        parent = nodes.get(parent_pk) if parent_pk is not None else None
        if parent is None:
            tree.append(node)
        else:
            parent.children.append(node)
    return tree


def _facet_options(param: str, matching: QuerySet[Report]) -> list[tuple[str, str, int]]:
    if param == "series":
        by_series = dict(matching.values_list("series").annotate(n=Count("pk")))
        return [(value, str(label), by_series.get(value, 0)) for value, label in Series.choices]
    if param == "region":
        by_region = dict(matching.values_list("region").annotate(n=Count("pk")))
        return [(value, str(label), by_region[value]) for value, label in Region.choices if value in by_region]
    if param == "publisher":
        publishers = matching.values_list("publisher__slug", "publisher__name").annotate(n=Count("pk", distinct=True))
        return sorted(publishers, key=lambda row: row[1])
    languages = matching.filter(languages__isnull=False).values_list("languages__code", "languages__name")
    return sorted(languages.annotate(n=Count("pk", distinct=True)), key=lambda row: row[1])


def report_figures(matching: QuerySet[Report], facets: list[Facet], data: QueryDict) -> list[Table]:
    """The matching reports by year of publication and by broad technology field (from the field
    facet's counts, so each report counts once per area), for the catalogue's charts. The yearly
    counts are kept per content version and filter values, like the facets."""
    tables = []
    years = cached_per_version(
        CONTENT_VERSION_KEY,
        "analytics:years",
        selection_key(data),
        lambda: list(
            matching.filter(publication_year__isnull=False)
            .order_by()
            .values_list("publication_year")
            .annotate(n=Count("pk"))
            .order_by("publication_year")
        ),
    )
    if years:
        rows = [[str(year), count] for year, count in years]
        plot = chart("bar", [row[0] for row in rows], [(_("Reports"), [row[1] for row in rows])])
        tables.append(
            Table("reports-by-year", _("Reports by year of publication"), [_("Year"), _("Reports")], rows, plot)
        )
    areas = next((facet.tree for facet in facets if facet.tree), [])
    rows = sorted(([area.label, area.count] for area in areas if area.count), key=lambda row: -row[1])
    if rows:
        plot = chart("bar", [row[0] for row in rows], [(_("Reports"), [row[1] for row in rows])], horizontal=True)
        title = _("Reports by technology field")
        tables.append(Table("reports-by-field", title, [_("Technology field"), _("Reports")], rows, plot))
    return tables


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
    """Other reports in the same technology fields first, then those in the same broad areas."""
    field_ids = [tech.pk for tech in report.fields.all()]
    area_ids = {tech.parent_id or tech.pk for tech in report.fields.all()}
    if not field_ids:
        return []
    return list(
        Report.objects.published()
        .filter(Q(fields__in=field_ids) | Q(fields__parent__in=area_ids) | Q(fields__in=area_ids))
        .exclude(pk__in=[report.pk, *exclude])
        .annotate(shared=Count("fields", filter=Q(fields__in=field_ids), distinct=True))
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


def guides_for_list() -> QuerySet[Guide]:
    return Guide.objects.prefetch_related("languages").order_by("title")
