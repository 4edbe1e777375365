"""Curators edit the catalogue and paths here, import content files (the same reader and seeder as
`load_content`) and export as CSV or JSON. Staff assign coordinators. Learners' progress is private
and has no admin page."""

from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _
from import_export import resources, widgets
from import_export.admin import ExportMixin
from import_export.fields import Field
from import_export.formats.base_formats import JSON

from inspire.content.admin import ContentImportMixin
from inspire.spreadsheets import CSV
from learning import content
from learning.models import Coordination, Edition, LearningPath, LearningProvider, LearningResource, PathStep, Topic
from programmes.models import Source

FORMATS = [CSV, JSON]
# Curators paste links without a scheme; assume https, as Django 6 will.
URL_FIELDS_HTTPS = {models.URLField: {"assume_scheme": "https"}}


class ResourceResource(resources.ModelResource):
    provider = Field(
        attribute="provider", column_name="provider", widget=widgets.ForeignKeyWidget(LearningProvider, "slug")
    )
    topics = Field(attribute="topics", column_name="topics", widget=widgets.ManyToManyWidget(Topic, "slug", "|"))
    source = Field(attribute="source", column_name="source", widget=widgets.ForeignKeyWidget(Source, "key"))

    class Meta:
        model = LearningResource
        fields = ["slug", "title", "kind", "provider", "format", "level", "duration", "languages", "topics", "year"]
        fields += ["url", "summary", "hub_links", "is_published", "source", "reviewed_on"]


class PathResource(resources.ModelResource):
    source = Field(attribute="source", column_name="source", widget=widgets.ForeignKeyWidget(Source, "key"))

    class Meta:
        model = LearningPath
        fields = ["slug", "title", "summary", "order", "source", "reviewed_on"]


class ProviderResource(resources.ModelResource):
    class Meta:
        model = LearningProvider
        fields = ["slug", "name", "website"]


class TopicResource(resources.ModelResource):
    class Meta:
        model = Topic
        fields = ["slug", "name"]


class EditionInline(admin.TabularInline):
    formfield_overrides = URL_FIELDS_HTTPS
    model = Edition
    extra = 0


class StepInline(admin.StackedInline):
    model = PathStep
    extra = 0
    autocomplete_fields = ["resource"]


@admin.register(LearningResource)
class LearningResourceAdmin(ContentImportMixin, ExportMixin, admin.ModelAdmin):
    formfield_overrides = URL_FIELDS_HTTPS
    resource_classes = [ResourceResource]
    formats = FORMATS
    content_import = staticmethod(content.import_resources)
    content_import_accepts = _("resources/<slug>.yaml files; providers, topics and sources they name must exist.")
    list_display = ["title", "kind", "provider", "format", "year", "is_published"]
    list_select_related = ["provider"]
    list_filter = ["kind", "format", "level", "is_published", "provider"]
    search_fields = ["title", "summary"]
    filter_horizontal = ["topics"]
    autocomplete_fields = ["source"]
    inlines = [EditionInline]


@admin.register(LearningPath)
class LearningPathAdmin(ContentImportMixin, ExportMixin, admin.ModelAdmin):
    resource_classes = [PathResource]
    formats = FORMATS
    content_import = staticmethod(content.import_paths)
    content_import_accepts = _("paths/<slug>.yaml files with their steps; resources they name must exist.")
    list_display = ["title", "order", "reviewed_on"]
    autocomplete_fields = ["source"]
    inlines = [StepInline]


@admin.register(LearningProvider)
class LearningProviderAdmin(ContentImportMixin, ExportMixin, admin.ModelAdmin):
    formfield_overrides = URL_FIELDS_HTTPS
    resource_classes = [ProviderResource]
    formats = FORMATS
    content_import = staticmethod(content.import_tables)
    content_import_accepts = _("providers.csv (slug, name, website) and/or topics.csv (slug, name).")
    list_display = ["name", "website"]
    search_fields = ["name"]


@admin.register(Topic)
class TopicAdmin(ContentImportMixin, ExportMixin, admin.ModelAdmin):
    resource_classes = [TopicResource]
    formats = FORMATS
    content_import = staticmethod(content.import_tables)
    content_import_accepts = _("providers.csv (slug, name, website) and/or topics.csv (slug, name).")
    list_display = ["name", "slug"]
    search_fields = ["name"]


@admin.register(Coordination)
class CoordinationAdmin(admin.ModelAdmin):
    list_display = ["coordinator", "member"]
    list_select_related = ["coordinator", "member"]
    autocomplete_fields = ["coordinator", "member"]
    search_fields = ["coordinator__username", "member__username"]
