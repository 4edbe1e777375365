"""One FilterSet for the catalogue page and the API, so both accept and reject the same values."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from inspire import filters as bounded
from learning.models import LANGUAGES, Format, Kind, LearningProvider, LearningResource, Level, Topic


@extend_schema_field(OpenApiTypes.STR)
class SlugMultipleChoiceFilter(bounded.ModelMultipleChoiceFilter):
    """Matches any of several related objects named by slug; documented as strings."""


class ResourceFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="filter_text", max_length=200)
    kind = bounded.MultipleChoiceFilter(label=_("Kind"), choices=Kind.choices)
    # Not "format": the API reads that parameter as the response format.
    delivery = bounded.MultipleChoiceFilter(label=_("Format"), field_name="format", choices=Format.choices)
    level = bounded.MultipleChoiceFilter(label=_("Level"), choices=Level.choices)
    language = bounded.MultipleChoiceFilter(label=_("Language"), choices=LANGUAGES, method="filter_languages")
    topic = SlugMultipleChoiceFilter(
        label=_("Topic"), field_name="topics__slug", to_field_name="slug", queryset=Topic.objects.all(), distinct=True
    )
    provider = SlugMultipleChoiceFilter(
        label=_("Provider"), field_name="provider__slug", to_field_name="slug", queryset=LearningProvider.objects.all()
    )

    # Filters the catalogue shows as lists of checkboxes, in this order.
    FACETS = ("kind", "delivery", "level", "language", "topic", "provider")

    class Meta:
        model = LearningResource
        fields = ["q", "kind", "delivery", "level", "language", "topic", "provider"]

    def filter_text(self, queryset, name, value):
        return queryset.search(value)

    def filter_languages(self, queryset, name, value):
        if not value:
            return queryset
        # The JSON text holds each code in quotes: one LIKE per code, on one column, works on any database.
        matches = Q()
        for code in value:
            matches |= Q(languages__icontains=f'"{code}"')
        return queryset.filter(matches)
