from django.contrib import admin
from import_export import fields, resources, widgets
from import_export.admin import ImportExportModelAdmin

from inspire.jurisdictions import continent_of
from policies.models import (
    ChecklistItem,
    ChecklistTopic,
    Institution,
    NationalVersion,
    Policy,
    PolicyDraft,
    TemplateClause,
)


class InstitutionResource(resources.ModelResource):
    class Meta:
        model = Institution
        import_id_fields = ["slug"]
        fields = ["slug", "name", "country", "kind", "website", "source_url", "reviewed_on"]
        skip_unchanged = True

    def before_save_instance(self, instance, row, **kwargs):
        # Imports bypass the service, so derive the region here exactly as institution_upsert does.
        instance.continent = continent_of(str(instance.country))


class PolicyResource(resources.ModelResource):
    institution = fields.Field(
        attribute="institution", column_name="institution", widget=widgets.ForeignKeyWidget(Institution, "slug")
    )

    class Meta:
        model = Policy
        import_id_fields = ["institution", "policy_type", "title"]
        fields = [
            "institution",
            "policy_type",
            "title",
            "year",
            "language",
            "url",
            "summary",
            "source_url",
            "reviewed_on",
        ]
        skip_unchanged = True


class NationalVersionResource(resources.ModelResource):
    class Meta:
        model = NationalVersion
        import_id_fields = ["country"]
        fields = ["country", "title", "year", "description", "law_references", "url", "source_url", "reviewed_on"]
        skip_unchanged = True


class PolicyInline(admin.TabularInline):
    model = Policy
    extra = 0
    fields = ["policy_type", "title", "year", "language", "url"]


@admin.register(Institution)
class InstitutionAdmin(ImportExportModelAdmin):
    resource_classes = [InstitutionResource]
    list_display = ["name", "country", "continent", "kind", "reviewed_on"]
    list_filter = ["continent", "kind"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [PolicyInline]

    def save_model(self, request, obj, form, change):
        obj.continent = continent_of(str(obj.country))
        super().save_model(request, obj, form, change)


@admin.register(Policy)
class PolicyAdmin(ImportExportModelAdmin):
    resource_classes = [PolicyResource]
    list_display = ["title", "institution", "policy_type", "year", "language", "reviewed_on"]
    list_filter = ["policy_type", "language", "institution__continent"]
    search_fields = ["title", "institution__name"]
    list_select_related = ["institution"]
    autocomplete_fields = ["institution"]


class TemplateClauseInline(admin.StackedInline):
    model = TemplateClause
    extra = 0


class ChecklistItemInline(admin.StackedInline):
    model = ChecklistItem
    extra = 0
    show_change_link = True


@admin.register(ChecklistTopic)
class ChecklistTopicAdmin(ImportExportModelAdmin):
    list_display = ["order", "title", "key"]
    inlines = [ChecklistItemInline]


@admin.register(ChecklistItem)
class ChecklistItemAdmin(ImportExportModelAdmin):
    list_display = ["question", "topic", "order"]
    list_filter = ["topic"]
    list_select_related = ["topic"]
    inlines = [TemplateClauseInline]


@admin.register(NationalVersion)
class NationalVersionAdmin(ImportExportModelAdmin):
    resource_classes = [NationalVersionResource]
    list_display = ["country", "title", "year", "reviewed_on"]


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
