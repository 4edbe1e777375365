"""Filters shared by the policy database page and the API, so both answer the same questions."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from inspire import filters as bounded
from inspire.jurisdictions import CONTINENTS, local_countries
from policies.models import Institution, Policy, language_names

COUNTRIES = bounded.SharedChoices(local_countries)


def _language_choices() -> list[tuple[str, str]]:
    return sorted(language_names().items(), key=lambda item: item[1])


class PolicyFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_search", label=_("Search"), max_length=100)
    country = django_filters.ChoiceFilter(
        field_name="institution__country", choices=COUNTRIES, label=_("Country"), empty_label=_("Any country")
    )
    region = django_filters.ChoiceFilter(
        field_name="institution__continent", choices=list(CONTINENTS.items()), label=_("Region")
    )
    institution_type = django_filters.ChoiceFilter(
        field_name="institution__kind",
        choices=Institution.Kind.choices,
        label=_("Institution type"),
        empty_label=_("Any type"),
    )
    policy_type = bounded.MultipleChoiceFilter(choices=Policy.Type.choices, label=_("Policy type"))
    language = django_filters.ChoiceFilter(
        choices=_language_choices, label=_("Language"), empty_label=_("Any language")
    )
    year = django_filters.NumberFilter(
        field_name="year", label=_("Year adopted or revised"), min_value=1900, max_value=2100
    )

    class Meta:
        model = Policy
        fields = ["q", "country", "region", "institution_type", "policy_type", "language", "year"]

    def filter_search(self, queryset, name, value):
        return queryset.search(value.strip()) if value.strip() else queryset


class InstitutionFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_search", label=_("Search"), max_length=100)
    country = django_filters.ChoiceFilter(choices=COUNTRIES, label=_("Country"), empty_label=_("Any country"))
    region = django_filters.ChoiceFilter(field_name="continent", choices=list(CONTINENTS.items()), label=_("Region"))
    kind = django_filters.ChoiceFilter(
        choices=Institution.Kind.choices, label=_("Institution type"), empty_label=_("Any type")
    )

    class Meta:
        model = Institution
        fields = ["q", "country", "region", "kind"]

    def filter_search(self, queryset, name, value):
        text = value.strip()
        return queryset.filter(Q(name__icontains=text) | Q(slug__iexact=text)) if text else queryset
