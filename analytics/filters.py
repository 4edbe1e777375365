"""One FilterSet for the catalogue page and the API, so both accept and reject the same values."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from analytics.models import Guide, Language, Publisher, Region, Report, Series, TechnologyField
from inspire import filters as bounded


class SortChoices:
    NEWEST = "newest"
    DOWNLOADS = "downloads"
    TITLE = "title"
    CHOICES = [(NEWEST, _("Newest first")), (DOWNLOADS, _("Most downloaded")), (TITLE, _("Title"))]
    ORDERING = {
        NEWEST: ("-publication_year", "title"),
        DOWNLOADS: ("-download_count", "-publication_year", "title"),
        TITLE: ("title",),
    }


@extend_schema_field(OpenApiTypes.STR)
class SlugMultipleChoiceFilter(bounded.ModelMultipleChoiceFilter):
    """Matches any of several related objects named by slug (or code); documented as strings."""


class ReportFilterForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        year_min, year_max = cleaned.get("year_min"), cleaned.get("year_max")
        if year_min is not None and year_max is not None and year_min > year_max:
            self.add_error(
                "year_max", forms.ValidationError(_("Must not be before the first year."), code="year_range")
            )
        return cleaned


class ReportFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="filter_text", max_length=200)
    series = bounded.MultipleChoiceFilter(label=_("Series"), choices=Series.choices)
    publisher = SlugMultipleChoiceFilter(
        label=_("Publisher"), field_name="publisher__slug", to_field_name="slug", queryset=Publisher.objects.all()
    )
    field = SlugMultipleChoiceFilter(
        label=_("Technology field"),
        to_field_name="slug",
        queryset=TechnologyField.objects.all(),
        method="filter_fields",
    )
    language = SlugMultipleChoiceFilter(
        label=_("Language"), field_name="languages__code", to_field_name="code", queryset=Language.objects.all()
    )
    region = bounded.MultipleChoiceFilter(label=_("Region"), choices=Region.choices)
    year_min = django_filters.NumberFilter(
        label=_("From year"), field_name="publication_year", lookup_expr="gte", min_value=1950, max_value=2100
    )
    year_max = django_filters.NumberFilter(
        label=_("To year"), field_name="publication_year", lookup_expr="lte", min_value=1950, max_value=2100
    )
    obtainable = bounded.StrictBooleanFilter(
        label=_("Only reports with a link to the full text"), method="filter_obtainable"
    )
    sort = bounded.SortFilter(orderings=SortChoices.ORDERING, choices=SortChoices.CHOICES)

    # Facets whose counts the catalogue shows; each is counted with every other filter applied.
    FACETS = ("series", "publisher", "field", "language", "region")

    class Meta:
        model = Report
        fields = [
            "q",
            "series",
            "publisher",
            "field",
            "language",
            "region",
            "year_min",
            "year_max",
            "obtainable",
            "sort",
        ]
        form = ReportFilterForm

    def filter_text(self, queryset, name, value):
        return queryset.search(value)

    def filter_obtainable(self, queryset, name, value):
        if not value:
            return queryset
        obtainable = queryset.obtainable()
        return obtainable if value == "true" else queryset.exclude(pk__in=obtainable.values("pk"))

    def filter_fields(self, queryset, name, value):
        return queryset.in_fields(value) if value else queryset


def _guide_publishers() -> list[tuple[str, str]]:
    names = Guide.objects.order_by("publisher").values_list("publisher", flat=True).distinct()
    return [(name, name) for name in names]


class GuideFilter(django_filters.FilterSet):
    """The methodology guides page and API: one language, one publisher (as the guide names it)."""

    language = django_filters.ModelChoiceFilter(
        field_name="languages",
        queryset=Language.objects.filter(guides__isnull=False).distinct(),
        to_field_name="code",
        label=_("Language"),
        empty_label=_("Any language"),
    )
    publisher = django_filters.ChoiceFilter(
        choices=_guide_publishers, label=_("Publisher"), empty_label=_("Any publisher")
    )

    class Meta:
        model = Guide
        fields = ["language", "publisher"]
