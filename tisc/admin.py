"""Curators keep the directory and give roles here; records and reports are read, not edited, so
the only way to change them stays the workspace (and its services)."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from import_export import resources
from import_export.admin import ExportMixin

from inspire.content.admin import ContentImportMixin
from tisc import content
from tisc.models import (
    Institution,
    InstitutionService,
    Membership,
    MonthlyRollup,
    Network,
    Report,
    ReportEvent,
    ReportSnapshot,
    ServiceRequest,
    TrainingEvent,
)
from tisc.services import people


class NetworkResource(resources.ModelResource):
    class Meta:
        model = Network
        fields = ["slug", "name", "country", "coordinator", "since_year", "stated_host_count", "is_demo", "source_url"]


class InstitutionResource(resources.ModelResource):
    class Meta:
        model = Institution
        fields = ["slug", "name", "network__slug", "kind", "city", "since_year", "languages", "source_url"]


class InstitutionInline(admin.TabularInline):
    model = Institution
    extra = 0
    fields = ["name", "slug", "kind", "city", "is_published"]
    show_change_link = True


class ServiceInline(admin.TabularInline):
    model = InstitutionService
    extra = 1


@admin.register(Network)
class NetworkAdmin(ContentImportMixin, ExportMixin, admin.ModelAdmin):
    resource_classes = [NetworkResource]
    content_import = staticmethod(content.import_upload)
    content_import_accepts = _("networks/<slug>.yaml files, with institutions/<slug>.csv for their host institutions.")
    list_display = ["name", "country", "coordinator", "since_year", "is_demo", "dashboard_public", "is_published"]
    list_filter = ["is_demo", "dashboard_public", "is_published"]
    search_fields = ["name", "coordinator", "slug"]
    inlines = [InstitutionInline]
    readonly_fields = ["created_at", "updated_at"]


@admin.register(Institution)
class InstitutionAdmin(ExportMixin, admin.ModelAdmin):
    resource_classes = [InstitutionResource]
    list_display = ["name", "network", "kind", "city", "since_year", "is_published"]
    list_filter = ["kind", "network", "is_published", "services__service"]
    search_fields = ["name", "city", "slug"]
    inlines = [ServiceInline]
    readonly_fields = ["created_at", "updated_at"]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "role", "network", "institution", "created_at"]
    list_filter = ["role", "network"]
    search_fields = ["user__username", "user__email", "institution__name"]
    autocomplete_fields = ["user"]
    fields = ["user", "role", "network", "institution"]

    def has_change_permission(self, request, obj=None):
        return False if obj is not None else super().has_change_permission(request, obj)

    def save_model(self, request, obj, form, change):
        granted = people.membership_grant(
            user=obj.user, role=obj.role, network=obj.network, institution=obj.institution
        )
        obj.pk = granted.pk

    def delete_model(self, request, obj):
        people.membership_revoke(membership=obj)


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ServiceRequest)
class ServiceRequestAdmin(ReadOnlyAdmin):
    list_display = ["received_on", "institution", "kind", "requester_category", "outcome", "hours"]
    list_filter = ["kind", "requester_category", "outcome", "institution__network"]
    date_hierarchy = "received_on"
    list_select_related = ["institution"]


@admin.register(TrainingEvent)
class TrainingEventAdmin(ReadOnlyAdmin):
    list_display = ["held_on", "institution", "title", "women", "men", "other"]
    list_filter = ["format", "institution__network"]
    date_hierarchy = "held_on"
    list_select_related = ["institution"]


class SnapshotInline(admin.TabularInline):
    model = ReportSnapshot
    extra = 0
    fields = ["version", "submitted_by", "submitted_at"]
    readonly_fields = fields
    can_delete = False


class EventInline(admin.TabularInline):
    model = ReportEvent
    extra = 0
    fields = ["action", "author", "body", "created_at"]
    readonly_fields = fields
    can_delete = False


@admin.register(Report)
class ReportAdmin(ReadOnlyAdmin):
    list_display = ["__str__", "status", "due_on", "submitted_at", "decided_at"]
    list_filter = ["status", "year", "quarter", "network"]
    list_select_related = ["network", "institution"]
    inlines = [SnapshotInline, EventInline]


@admin.register(MonthlyRollup)
class MonthlyRollupAdmin(ReadOnlyAdmin):
    list_display = ["institution", "month", "requests", "searches", "trainings", "updated_at"]
    list_filter = ["institution__network"]
    list_select_related = ["institution"]
