"""Curators edit the catalogue here, import content files (the same files and loader as
`load_content`) and export it as CSV or JSON."""

from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _
from import_export import resources, widgets
from import_export.admin import ExportMixin
from import_export.fields import Field
from import_export.formats.base_formats import JSON

from analytics import content
from analytics.models import Guide, Language, Publisher, Report, ReportDownload, TechnologyField
from inspire.content.admin import ContentImportMixin
from inspire.spreadsheets import CSV

FORMATS = [CSV, JSON]
# Curators paste links without a scheme; assume https, as Django 6 will.
URL_FIELDS_HTTPS = {models.URLField: {"assume_scheme": "https"}}


class CountryListWidget(widgets.Widget):
    """Country codes as one cell: "LK|TZ"."""

    def render(self, value, obj=None, **kwargs):
        return "|".join(country.code for country in value or [])


class PublisherResource(resources.ModelResource):
    class Meta:
        model = Publisher
        fields = [
            "slug",
            "name",
            "acronym",
            "kind",
            "country",
            "website_url",
            "description",
            "source_url",
            "reviewed_on",
        ]


class LanguageResource(resources.ModelResource):
    class Meta:
        model = Language
        fields = ["code", "name"]


class TechnologyFieldResource(resources.ModelResource):
    parent = Field(
        attribute="parent", column_name="parent", widget=widgets.ForeignKeyWidget(TechnologyField, field="slug")
    )

    class Meta:
        model = TechnologyField
        fields = ["slug", "name", "parent", "description"]


class ReportResource(resources.ModelResource):
    publisher = Field(
        attribute="publisher", column_name="publisher", widget=widgets.ForeignKeyWidget(Publisher, field="slug")
    )
    previous_edition = Field(
        attribute="previous_edition",
        column_name="previous_edition",
        widget=widgets.ForeignKeyWidget(Report, field="slug"),
    )
    fields = Field(
        attribute="fields",
        column_name="fields",
        widget=widgets.ManyToManyWidget(TechnologyField, field="slug", separator="|"),
    )
    languages = Field(
        attribute="languages",
        column_name="languages",
        widget=widgets.ManyToManyWidget(Language, field="code", separator="|"),
    )
    countries = Field(attribute="countries", column_name="countries", widget=CountryListWidget())
    download_count = Field(attribute="download_count", column_name="download_count", readonly=True)

    class Meta:
        model = Report
        fields = [
            "slug",
            "title",
            "series",
            "publisher",
            "prepared_with",
            "publication_year",
            "edition",
            "previous_edition",
            "fields",
            "classes",
            "region",
            "countries",
            "languages",
            "summary",
            "landing_url",
            "is_published",
            "download_count",
            "source_url",
            "reviewed_on",
        ]


@admin.register(Publisher)
class PublisherAdmin(ContentImportMixin, ExportMixin, admin.ModelAdmin):
    resource_classes = [PublisherResource]
    content_import = staticmethod(content.import_publishers)
    content_import_accepts = _("publishers/<slug>.yaml files (the file name is the slug).")
    formats = FORMATS
    list_display = ["name", "acronym", "kind", "country", "reviewed_on"]
    list_filter = ["kind"]
    search_fields = ["name", "acronym"]
    prepopulated_fields = {"slug": ["name"]}
    formfield_overrides = URL_FIELDS_HTTPS


class GuideResource(resources.ModelResource):
    class Meta:
        model = Guide
        fields = ["slug", "title", "publisher", "year", "url", "summary", "source_url", "reviewed_on"]


@admin.register(Guide)
class GuideAdmin(ContentImportMixin, ExportMixin, admin.ModelAdmin):
    resource_classes = [GuideResource]
    content_import = staticmethod(content.import_guides)
    content_import_accepts = _("guides/<slug>.yaml files (the file name is the slug).")
    formats = FORMATS
    list_display = ["title", "publisher", "year", "reviewed_on"]
    search_fields = ["title", "publisher"]
    filter_horizontal = ["languages"]
    prepopulated_fields = {"slug": ["title"]}
    formfield_overrides = URL_FIELDS_HTTPS


@admin.register(TechnologyField)
class TechnologyFieldAdmin(ContentImportMixin, ExportMixin, admin.ModelAdmin):
    resource_classes = [TechnologyFieldResource]
    content_import = staticmethod(content.import_fields)
    content_import_accepts = _("fields.csv: slug, name, parent, description; parents above their children.")
    formats = FORMATS
    list_display = ["name", "parent"]
    list_select_related = ["parent"]
    list_filter = [("parent", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Language)
class LanguageAdmin(ContentImportMixin, ExportMixin, admin.ModelAdmin):
    resource_classes = [LanguageResource]
    formats = FORMATS
    content_import = staticmethod(content.import_languages)
    content_import_accepts = _("languages.csv: code (ISO 639-1), name.")
    list_display = ["code", "name"]
    search_fields = ["code", "name"]


@admin.register(Report)
class ReportAdmin(ContentImportMixin, ExportMixin, admin.ModelAdmin):
    resource_classes = [ReportResource]
    content_import = staticmethod(content.import_reports)
    content_import_accepts = _(
        "reports/<slug>.yaml files (the file name is the slug). Publishers, fields, languages and earlier "
        "editions they name must exist or come in the same import."
    )
    formats = FORMATS
    list_display = ["title", "series", "publisher", "publication_year", "edition", "download_count", "is_published"]
    list_select_related = ["publisher"]
    list_filter = ["series", "is_published", "region", ("publisher", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["title", "summary", "classes"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["publisher", "previous_edition"]
    filter_horizontal = ["fields", "languages"]
    readonly_fields = ["download_count", "created_at", "updated_at"]
    formfield_overrides = URL_FIELDS_HTTPS
    fieldsets = [
        (None, {"fields": ["title", "slug", "series", "publisher", "prepared_with", "is_published"]}),
        (_("Edition"), {"fields": ["publication_year", "edition", "previous_edition"]}),
        (_("Coverage"), {"fields": ["fields", "classes", "region", "countries", "languages"]}),
        (_("Content"), {"fields": ["summary", "cover_image", "landing_url", "pdf"]}),
        (_("Provenance"), {"fields": ["source_url", "reviewed_on", "download_count", "created_at", "updated_at"]}),
    ]


@admin.register(ReportDownload)
class ReportDownloadAdmin(admin.ModelAdmin):
    list_display = ["report", "served", "created_at"]
    list_select_related = ["report"]
    list_filter = ["served"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
