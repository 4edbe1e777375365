"""The table's filters, shared by the HTML table and the API so both answer the same questions."""

import functools

import django_filters
import pycountry
from django.utils.translation import gettext_lazy as _

from inspire import filters as bounded
from inspire.facts import Fact
from inspire.jurisdictions import REGIONS
from registers.models import COLUMNS, Jurisdiction, Resource
from registers.selectors import ORGANISATIONS, column_filter, column_ordering

# The three states of a table column; "no" is only what a source records as absent.
AVAILABILITY = [
    (Fact.YES.value, _("Available")),
    (Fact.NO.value, _("Recorded as absent")),
    (Fact.UNKNOWN.value, _("Not recorded")),
]


@functools.cache
def _languages() -> tuple[tuple[str, str], ...]:
    languages = ((language.alpha_2, language.name) for language in pycountry.languages if hasattr(language, "alpha_2"))
    return tuple(sorted(languages, key=lambda item: item[1]))


LANGUAGES = bounded.SharedChoices(_languages)
SORTS = {
    "name": ("name",),
    "-name": ("-name",),
    "code": ("code",),
    "region": ("region", "name"),
    **{column: column_ordering(column) for column in COLUMNS},
}


class JurisdictionFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_search", label=_("Search"), max_length=100)
    region = django_filters.ChoiceFilter(choices=list(REGIONS.items()), label=_("Region"))
    kind = django_filters.ChoiceFilter(choices=Jurisdiction.Kind.choices, label=_("Kind"))
    register = django_filters.ChoiceFilter(choices=AVAILABILITY, method="filter_column", label=COLUMNS["register"][0])
    file_inspection = django_filters.ChoiceFilter(
        choices=AVAILABILITY, method="filter_column", label=COLUMNS["file_inspection"][0]
    )
    gazette = django_filters.ChoiceFilter(choices=AVAILABILITY, method="filter_column", label=COLUMNS["gazette"][0])
    spc = django_filters.ChoiceFilter(choices=AVAILABILITY, method="filter_column", label=COLUMNS["spc"][0])
    publications = django_filters.ChoiceFilter(
        choices=AVAILABILITY, method="filter_column", label=COLUMNS["publications"][0]
    )
    language = django_filters.ChoiceFilter(choices=LANGUAGES, method="filter_language", label=_("Language"))
    free = django_filters.ChoiceFilter(
        choices=[("true", _("Yes")), ("false", _("No"))], method="filter_free", label=_("Free access")
    )
    member_of = bounded.MultipleChoiceFilter(
        choices=[(code, code) for code in ORGANISATIONS], method="filter_member_of", label=_("Member of")
    )
    sort = bounded.SortFilter(orderings=SORTS)

    class Meta:
        model = Jurisdiction
        fields = ["q", "region", "kind"]

    def filter_search(self, queryset, name, value):
        return queryset.search(value.strip()) if value.strip() else queryset

    def filter_column(self, queryset, name, value):
        return queryset.filter(column_filter(name, Fact(value)))

    def filter_language(self, queryset, name, value):
        return queryset.with_language(value)

    def filter_free(self, queryset, name, value):
        free = queryset.with_free_access()
        return free if value == "true" else queryset.exclude(pk__in=free.values("pk"))

    def filter_member_of(self, queryset, name, value):
        return queryset.member_of(value)


class ResourceFilter(django_filters.FilterSet):
    jurisdiction = django_filters.CharFilter(field_name="jurisdiction__code", max_length=3)
    kind = django_filters.ChoiceFilter(choices=Resource.Kind.choices)
    access = django_filters.ChoiceFilter(choices=Resource.Access.choices)
    link_ok = bounded.FactFilter(label=_("Link works (unknown: not checked yet)"))

    class Meta:
        model = Resource
        fields = ["jurisdiction", "kind", "access", "link_ok"]
