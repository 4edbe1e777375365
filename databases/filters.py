"""The filters of the browse page, shared by the page and the list API so both accept the same query."""

import django_filters
from django.db.models import Count, Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from databases.features import Feature
from databases.models import EARLIEST_YEAR, Coverage, PatentDatabase
from inspire import filters as bounded
from inspire.jurisdictions import jurisdiction_choices

JURISDICTIONS = bounded.SharedChoices(jurisdiction_choices)
COVERAGE_FIELDS = ("jurisdiction", "covers", "not_covering", "coverage_unknown", "level", "document_kind", "since")
# Spellings clients reach for, mapped to the canonical value before validation.
LEVEL_ALIASES = {"fulltext": Coverage.Level.FULL_TEXT, "full-text": Coverage.Level.FULL_TEXT}
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
        label=_("Covers"),
        choices=JURISDICTIONS,
        method="filter_coverage",
        help_text=_("Recorded as held, for every code given (with level, document_kind and since if given)."),
    )
    # The API's name for the same filter; both may be given and their codes add up.
    covers = bounded.MultipleChoiceFilter(
        label=_("Covers"),
        choices=JURISDICTIONS,
        method="filter_coverage",
        help_text=_("Same as jurisdiction: recorded as held, for every code given."),
    )
    not_covering = bounded.MultipleChoiceFilter(
        label=_("Recorded as not held"),
        choices=JURISDICTIONS,
        method="filter_coverage",
        help_text=_(
            "Recorded as not held (covered: false), for every code given, at the level and documents given if any."
        ),
    )
    coverage_unknown = bounded.MultipleChoiceFilter(
        label=_("Coverage not recorded"),
        choices=JURISDICTIONS,
        method="filter_coverage",
        help_text=_("Nothing recorded, held or not, for any code given, at the level and documents given if any."),
    )
    level = bounded.MultipleChoiceFilter(
        label=_("Coverage level"),
        choices=Coverage.Level.choices,
        method="filter_coverage",
        help_text=_("Any of the levels given; `fulltext` is accepted for `full_text`."),
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
    sort = bounded.SortFilter(orderings=SORTS, choices=SORT_CHOICES)

    class Meta:
        model = PatentDatabase
        fields = [
            "q",
            "kind",
            "access",
            "aspi",
            "jurisdiction",
            "covers",
            "not_covering",
            "coverage_unknown",
            "level",
            "document_kind",
            "since",
            "feature",
            "sort",
        ]

    def __init__(self, data=None, *args, **kwargs):
        if data is not None and hasattr(data, "getlist") and data.getlist("level"):
            data = data.copy()
            data.setlist("level", [LEVEL_ALIASES.get(value, value) for value in data.getlist("level")])
        super().__init__(data, *args, **kwargs)

    def filter_text(self, queryset, name, value):
        return queryset.search(value)

    def filter_features(self, queryset, name, value):
        return queryset.with_features(list(value))

    def filter_coverage(self, queryset, name, value):
        # The coverage fields describe one coverage row together; apply them once, on the first one given.
        data = self.form.cleaned_data
        if name != next(field for field in COVERAGE_FIELDS if data.get(field) not in (None, "", [])):
            return queryset
        held = list(dict.fromkeys([*(data.get("jurisdiction") or []), *(data.get("covers") or [])]))
        not_held = list(data.get("not_covering") or [])
        unknown = list(data.get("coverage_unknown") or [])
        rows = Coverage.objects.filter(database=OuterRef("pk"))
        if data.get("level"):
            rows = rows.filter(level__in=data["level"])
        if data.get("document_kind"):
            rows = rows.filter(document_kind__in=data["document_kind"])
        covered = rows.covered()
        if data.get("since") is not None:
            covered = covered.filter(from_year__lte=data["since"])
        if held:
            queryset = queryset.filter(Exists(_every_jurisdiction(covered, held)))
        if not_held:
            queryset = queryset.filter(Exists(_every_jurisdiction(rows.filter(covered=False), not_held)))
        if unknown:
            queryset = queryset.filter(~Exists(rows.filter(jurisdiction__in=unknown)))
        if not (held or not_held or unknown):
            queryset = queryset.filter(Exists(covered))
        return queryset


def _every_jurisdiction(rows, codes: list[str]):
    """The rows' database, when rows match every code: one grouped subquery counts the distinct codes matched."""
    return (
        rows.filter(jurisdiction__in=codes)
        .order_by()
        .values("database")
        .annotate(n=Count("jurisdiction", distinct=True))
        .filter(n=len(codes))
    )


class CoverageFilter(django_filters.FilterSet):
    """Filters of one database's coverage facts (the `coverage` endpoint)."""

    jurisdiction = bounded.MultipleChoiceFilter(label=_("Jurisdiction"), choices=JURISDICTIONS)
    level = bounded.MultipleChoiceFilter(
        label=_("Level"),
        choices=Coverage.Level.choices,
        help_text=_("Any of the levels given; `fulltext` is accepted for `full_text`."),
    )
    document_kind = bounded.MultipleChoiceFilter(label=_("Documents"), choices=Coverage.DocumentKind.choices)
    covered = bounded.StrictBooleanFilter(
        label=_("Covered"), help_text=_("true: held; false: recorded as not held. Unrecorded facts have no row.")
    )

    class Meta:
        model = Coverage
        fields = ["jurisdiction", "level", "document_kind", "covered"]

    def __init__(self, data=None, *args, **kwargs):
        if data is not None and hasattr(data, "getlist") and data.getlist("level"):
            data = data.copy()
            data.setlist("level", [LEVEL_ALIASES.get(value, value) for value in data.getlist("level")])
        super().__init__(data, *args, **kwargs)
