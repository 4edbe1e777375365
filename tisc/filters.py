"""Filters of the directory, shared by the pages and the API so both accept the same query."""

import django_filters
from django.conf.locale import LANG_INFO
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from inspire import filters as bounded
from inspire.jurisdictions import countries
from tisc.choices import InstitutionKind, Service
from tisc.models import Institution, InstitutionService, Network

LANGUAGE_CHOICES = sorted(
    ((code, info["name"]) for code, info in LANG_INFO.items() if "name" in info and "-" not in code),
    key=lambda choice: choice[1],
)
DEMO_CHOICES = [("hide", _("Hide demo data")), ("only", _("Demo data only"))]


def country_choices() -> list[tuple[str, str]]:
    return sorted(countries().items(), key=lambda item: item[1])


@extend_schema_field(OpenApiTypes.STR)
class NetworkSlugsFilter(bounded.ModelMultipleChoiceFilter):
    """Networks by slug, repeated (`?network=a&network=b`)."""


class DemoFilterMixin:
    def filter_demo(self, queryset, name, value):
        field = "is_demo" if queryset.model is Network else "network__is_demo"
        return queryset.filter(**{field: value == "only"})


class NetworkFilter(DemoFilterMixin, django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="filter_text", max_length=200)
    country = bounded.MultipleChoiceFilter(label=_("Country"), choices=country_choices)
    demo = django_filters.ChoiceFilter(label=_("Demo data"), choices=DEMO_CHOICES, method="filter_demo")

    class Meta:
        model = Network
        fields = ["q", "country", "demo"]

    def filter_text(self, queryset, name, value):
        return queryset.filter(Q(name__icontains=value) | Q(coordinator__icontains=value))


class InstitutionFilter(DemoFilterMixin, django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="filter_text", max_length=200)
    country = bounded.MultipleChoiceFilter(label=_("Country"), field_name="network__country", choices=country_choices)
    network = NetworkSlugsFilter(
        label=_("Network"), field_name="network__slug", to_field_name="slug", queryset=Network.objects.published()
    )
    kind = bounded.MultipleChoiceFilter(label=_("Type"), choices=InstitutionKind.choices)
    service = bounded.MultipleChoiceFilter(
        label=_("Services offered"), choices=Service.choices, method="filter_services"
    )
    language = django_filters.ChoiceFilter(label=_("Language"), choices=LANGUAGE_CHOICES, method="filter_language")
    demo = django_filters.ChoiceFilter(label=_("Demo data"), choices=DEMO_CHOICES, method="filter_demo")

    class Meta:
        model = Institution
        fields = ["q", "country", "network", "kind", "service", "language", "demo"]

    def filter_text(self, queryset, name, value):
        return queryset.search(value)

    def filter_services(self, queryset, name, value):
        """Institutions recorded as offering every service asked for."""
        for code in value:
            queryset = queryset.filter(
                Exists(InstitutionService.objects.filter(institution=OuterRef("pk"), service=code))
            )
        return queryset

    def filter_language(self, queryset, name, value):
        # The code is one of the choices, so matching its quoted form in the JSON text is exact and portable.
        return queryset.filter(languages__icontains=f'"{value}"')
