import django_filters

from inspire.usage.models import Dimension


class RollupFilter(django_filters.FilterSet):
    """Shared by the daily, monthly and yearly lists, so it names no model."""

    start = django_filters.DateFilter(
        field_name="period_start", lookup_expr="gte", label="Periods starting on or after"
    )
    end = django_filters.DateFilter(field_name="period_start", lookup_expr="lte", label="Periods starting on or before")
    dimension = django_filters.ChoiceFilter(choices=Dimension.choices)
    section = django_filters.CharFilter()
    key = django_filters.CharFilter()
