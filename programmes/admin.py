"""Curators edit programmes, lists and figures here, import content files (the same reader and
seeder as `load_content`) and export as CSV or JSON. Yearly figures are curated here first of all."""

from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _
from import_export import resources, widgets
from import_export.admin import ExportMixin
from import_export.fields import Field
from import_export.formats.base_formats import JSON

from inspire.content.admin import ContentImportMixin
from inspire.spreadsheets import CSV
from programmes import content
from programmes.models import EligibilityList, Product, Programme, Provider, Source, Statistic
from programmes.services import statistic_save

FORMATS = [CSV, JSON]
# Curators paste links without a scheme; assume https, as Django 6 will.
URL_FIELDS_HTTPS = {models.URLField: {"assume_scheme": "https"}}


class CountryListWidget(widgets.Widget):
    def render(self, value, obj=None, **kwargs):
        return "|".join(country.code for country in value or [])


class SourceResource(resources.ModelResource):
    class Meta:
        model = Source
        fields = ["key", "title", "publisher", "url", "note", "reviewed_on"]


class EligibilityListResource(resources.ModelResource):
    programme = Field(
        attribute="programme", column_name="programme", widget=widgets.ForeignKeyWidget(Programme, "slug")
    )
    source = Field(attribute="source", column_name="source", widget=widgets.ForeignKeyWidget(Source, "key"))
    countries = Field(attribute="countries", column_name="countries", widget=CountryListWidget())

    class Meta:
        model = EligibilityList
        fields = ["slug", "programme", "name", "access", "research4life_group", "terms", "institution_types"]
        fields += ["countries", "complete", "stated_count", "source", "reviewed_on"]


class StatisticResource(resources.ModelResource):
    programme = Field(
        attribute="programme", column_name="programme", widget=widgets.ForeignKeyWidget(Programme, "slug")
    )
    source = Field(attribute="source", column_name="source", widget=widgets.ForeignKeyWidget(Source, "key"))

    class Meta:
        model = Statistic
        fields = ["programme", "year", "metric", "value", "qualifier", "note", "source"]


class ProgrammeResource(resources.ModelResource):
    class Meta:
        model = Programme
        fields = ["slug", "name", "acronym", "summary", "registration_url", "reviewed_on"]


@admin.register(Source)
class SourceAdmin(ContentImportMixin, ExportMixin, admin.ModelAdmin):
    formfield_overrides = URL_FIELDS_HTTPS
    resource_classes = [SourceResource]
    formats = FORMATS
    content_import = staticmethod(content.import_sources)
    content_import_accepts = _("sources.yaml: a list of sources, each with key, title, publisher, url and reviewed_on.")
    list_display = ["title", "publisher", "url", "reviewed_on"]
    search_fields = ["key", "title", "publisher", "url"]


class ProductInline(admin.TabularInline):
    model = Product
    extra = 0
    autocomplete_fields = ["database"]


@admin.register(Provider)
class ProviderAdmin(admin.ModelAdmin):
    formfield_overrides = URL_FIELDS_HTTPS
    list_display = ["name", "programme", "website"]
    list_select_related = ["programme"]
    list_filter = ["programme"]
    search_fields = ["name"]
    inlines = [ProductInline]


@admin.register(Programme)
class ProgrammeAdmin(ContentImportMixin, ExportMixin, admin.ModelAdmin):
    formfield_overrides = URL_FIELDS_HTTPS
    resource_classes = [ProgrammeResource]
    formats = FORMATS
    content_import = staticmethod(content.import_programmes)
    content_import_accepts = _("programmes/<slug>.yaml files (the file name is the slug), with providers and products.")
    list_display = ["acronym", "name", "order", "reviewed_on"]
    filter_horizontal = ["sources"]
    prepopulated_fields = {"slug": ["acronym"]}


@admin.register(EligibilityList)
class EligibilityListAdmin(ContentImportMixin, ExportMixin, admin.ModelAdmin):
    resource_classes = [EligibilityListResource]
    formats = FORMATS
    content_import = staticmethod(content.import_lists)
    content_import_accepts = _("lists/<slug>.yaml files; programmes and sources they name must exist.")
    list_display = ["name", "programme", "access", "complete", "stated_count", "reviewed_on"]
    list_select_related = ["programme"]
    list_filter = ["programme", "access", "complete"]


@admin.register(Statistic)
class StatisticAdmin(ContentImportMixin, ExportMixin, admin.ModelAdmin):
    resource_classes = [StatisticResource]
    formats = FORMATS
    content_import = staticmethod(content.import_statistics)
    content_import_accepts = _("statistics.csv: programme, year, metric, value, qualifier, note, source.")
    list_display = ["programme", "metric", "year", "qualifier", "value", "source"]
    list_select_related = ["programme", "source"]
    list_filter = ["programme", "metric"]
    autocomplete_fields = ["source"]

    def save_model(self, request, obj, form, change):
        statistic_save(statistic=obj)
