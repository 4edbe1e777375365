from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _
from import_export import fields, resources, widgets
from import_export.admin import ExportMixin

from inspire.content.admin import ContentImportMixin
from inspire.localtext import translations_form
from policies import content, services
from policies.models import (
    ChecklistItem,
    ChecklistTopic,
    Institution,
    NationalVersion,
    Policy,
    PolicyDraft,
    RegionalVersion,
    TemplateClause,
)

HTTPS_FIRST = {models.URLField: {"assume_scheme": "https"}}


class InstitutionResource(resources.ModelResource):
    """Export only: imports go through content files (ContentImportMixin)."""

    class Meta:
        model = Institution
        fields = ["slug", "name", "country", "continent", "kind", "website", "source_url", "reviewed_on"]


class PolicyResource(resources.ModelResource):
    institution = fields.Field(
        attribute="institution", column_name="institution", widget=widgets.ForeignKeyWidget(Institution, "slug")
    )

    class Meta:
        model = Policy
        fields = [
            "institution",
            "key",
            "policy_type",
            "title",
            "year",
            "language",
            "url",
            "summary",
            "ownership",
            "inventor_share",
            "patenting_decision",
            "terms_source_url",
            "source_url",
            "reviewed_on",
        ]


class NationalVersionResource(resources.ModelResource):
    class Meta:
        model = NationalVersion
        fields = ["country", "title", "year", "description", "law_references", "url", "source_url", "reviewed_on"]


class RegionalVersionResource(resources.ModelResource):
    class Meta:
        model = RegionalVersion
        fields = RegionalVersion.PUBLIC_FIELDS


class ThroughServices:
    """Curators' changes, inline rows included, are written by the services like every other write."""

    formfield_overrides = HTTPS_FIRST

    def save_model(self, request, obj, form, change):
        services.curated_save(instance=obj)

    def delete_model(self, request, obj):
        services.curated_delete(instance=obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            services.curated_delete(instance=obj)

    def save_formset(self, request, form, formset, change):
        for obj in formset.save(commit=False):
            services.curated_save(instance=obj)
        for obj in formset.deleted_objects:
            services.curated_delete(instance=obj)
        formset.save_m2m()


class CuratedAdmin(ThroughServices, ContentImportMixin, ExportMixin, admin.ModelAdmin):
    pass


INSTITUTION_FILES = _("institutions/<slug>.yaml files: an institution with the policies it publishes.")
TOOLKIT_FILES = _("toolkit/<topic-key>.yaml files: a checklist topic with its questions and template clauses.")


class PolicyInline(admin.TabularInline):
    model = Policy
    extra = 0
    fields = ["key", "policy_type", "title", "year", "language", "url", "source_url", "reviewed_on"]
    prepopulated_fields = {"key": ["policy_type"]}
    formfield_overrides = HTTPS_FIRST


@admin.register(Institution)
class InstitutionAdmin(CuratedAdmin):
    resource_classes = [InstitutionResource]
    content_import = staticmethod(content.institutions_import)
    content_import_accepts = INSTITUTION_FILES
    list_display = ["name", "country", "continent", "kind", "reviewed_on"]
    list_filter = ["continent", "kind"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [PolicyInline]

    def save_model(self, request, obj, form, change):
        services.institution_save(institution=obj)


@admin.register(Policy)
class PolicyAdmin(CuratedAdmin):
    resource_classes = [PolicyResource]
    content_import = staticmethod(content.institutions_import)
    content_import_accepts = INSTITUTION_FILES
    list_display = ["title", "institution", "policy_type", "year", "language", "reviewed_on"]
    list_filter = ["policy_type", "language", "institution__continent"]
    search_fields = ["title", "institution__name"]
    list_select_related = ["institution"]
    autocomplete_fields = ["institution"]
    prepopulated_fields = {"key": ["policy_type"]}


class TemplateClauseInline(admin.StackedInline):
    model = TemplateClause
    form = translations_form(TemplateClause, ("label",))
    extra = 0


class ChecklistItemInline(admin.StackedInline):
    model = ChecklistItem
    extra = 0
    show_change_link = True
    fields = ["key", "order", "question", "explanation"]


@admin.register(ChecklistTopic)
class ChecklistTopicAdmin(CuratedAdmin):
    content_import = staticmethod(content.toolkit_import)
    content_import_accepts = TOOLKIT_FILES
    list_display = ["order", "title", "key", "reviewed_on"]
    inlines = [ChecklistItemInline]


@admin.register(ChecklistItem)
class ChecklistItemAdmin(CuratedAdmin):
    content_import = staticmethod(content.toolkit_import)
    content_import_accepts = TOOLKIT_FILES
    form = translations_form(ChecklistItem, ("question", "explanation"))
    list_display = ["question", "topic", "order"]
    list_filter = ["topic"]
    list_select_related = ["topic"]
    inlines = [TemplateClauseInline]


@admin.register(NationalVersion)
class NationalVersionAdmin(CuratedAdmin):
    resource_classes = [NationalVersionResource]
    content_import = staticmethod(content.national_import)
    content_import_accepts = _("national/<country>.yaml files: a national version of the policy template.")
    list_display = ["country", "title", "year", "reviewed_on"]


@admin.register(RegionalVersion)
class RegionalVersionAdmin(CuratedAdmin):
    resource_classes = [RegionalVersionResource]
    content_import = staticmethod(content.regional_import)
    content_import_accepts = _("regional/<slug>.yaml files: a regional model of the policy template.")
    list_display = ["region", "title", "year", "reviewed_on"]


@admin.register(PolicyDraft)
class PolicyDraftAdmin(admin.ModelAdmin):
    """Read-only for support staff: drafts belong to their authors."""

    list_display = ["title", "owner", "institution_name", "updated_at"]
    list_select_related = ["owner"]
    readonly_fields = ["owner", "title", "institution_name", "office_name", "country", "answers", "last_step"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
