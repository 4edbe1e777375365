"""The filters of the browse page, shared by the page and the list API so both accept the same query."""

import django_filters
from django.db.models import Count, Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from databases.features import Feature
from databases.models import EARLIEST_YEAR, Coverage, PatentDatabase
from inspire import filters as bounded
from inspire.jurisdictions import jurisdiction_choices

COVERAGE_FIELDS = ("jurisdiction", "level", "document_kind", "since")
SORTS = {
    "name": ("name",),
    "rating": ("-rating_sort", "name"),
    "coverage": ("-jurisdiction_count", "name"),
    "reviewed": ("-reviewed_on", "name"),
}
SORT_CHOICES = [
    ("name", _("Name")),
    ("rating", _("Best rated")),
    ("coverage", _("Most jurisdictions")),
    ("reviewed", _("Recently reviewed")),
]


class DatabaseFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="filter_text", max_length=200)
    kind = bounded.MultipleChoiceFilter(label=_("Kind"), choices=PatentDatabase.Kind.choices)
    access = bounded.MultipleChoiceFilter(label=_("Access"), choices=PatentDatabase.Access.choices)
    aspi = bounded.FactFilter(label=_("Part of ASPI"))
    jurisdiction = bounded.MultipleChoiceFilter(
        label=_("Covers"), choices=jurisdiction_choices(), method="filter_coverage"
    )
    level = bounded.MultipleChoiceFilter(
        label=_("Coverage level"), choices=Coverage.Level.choices, method="filter_coverage"
    )
    document_kind = bounded.MultipleChoiceFilter(
        label=_("Documents"), choices=Coverage.DocumentKind.choices, method="filter_coverage"
    )
    since = django_filters.NumberFilter(
        label=_("Collection starts in or before (year)"),
        method="filter_coverage",
        min_value=EARLIEST_YEAR,
        max_value=2100,
    )
    feature = bounded.MultipleChoiceFilter(label=_("Features"), choices=Feature.choices, method="filter_features")
    sort = django_filters.ChoiceFilter(label=_("Sort by"), choices=SORT_CHOICES, method="filter_sort", empty_label=None)

    class Meta:
        model = PatentDatabase
        fields = ["q", "kind", "access", "aspi", "jurisdiction", "level", "document_kind", "since", "feature", "sort"]

    def filter_text(self, queryset, name, value):
        return queryset.search(value)

    def filter_features(self, queryset, name, value):
        return queryset.with_features(list(value))

    def filter_coverage(self, queryset, name, value):
        # The coverage fields describe one coverage row together; apply them once, on the first one given.
        data = self.form.cleaned_data
        if name != next(field for field in COVERAGE_FIELDS if data.get(field) not in (None, "", [])):
            return queryset
        jurisdictions = list(data.get("jurisdiction") or [])
        rows = Coverage.objects.covered().filter(database=OuterRef("pk"))
        if data.get("level"):
            rows = rows.filter(level__in=data["level"])
        if data.get("document_kind"):
            rows = rows.filter(document_kind__in=data["document_kind"])
        if data.get("since") is not None:
            rows = rows.filter(from_year__lte=data["since"])
        if not jurisdictions:
            return queryset.filter(Exists(rows))
        # Every jurisdiction must be covered: one grouped subquery counts the distinct ones matched.
        covering = (
            rows.filter(jurisdiction__in=jurisdictions)
            .order_by()
            .values("database")
            .annotate(n=Count("jurisdiction", distinct=True))
            .filter(n=len(jurisdictions))
        )
        return queryset.filter(Exists(covering))

    def filter_sort(self, queryset, name, value):
        return queryset.order_by(*SORTS[value])
