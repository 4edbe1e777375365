from django.contrib import admin, messages
from django.db import models
from django.utils.translation import gettext_lazy as _
from import_export import fields, resources, widgets
from import_export.admin import ImportExportModelAdmin

from registers import tasks
from registers.models import Jurisdiction, JurisdictionFile, Resource, SampleNumber


class JurisdictionResource(resources.ModelResource):
    memberships = fields.Field(
        attribute="memberships",
        column_name="memberships",
        widget=widgets.ManyToManyWidget(Jurisdiction, field="code", separator=","),
    )

    class Meta:
        model = Jurisdiction
        import_id_fields = ["code"]
        fields = [
            "code",
            "name",
            "kind",
            "region",
            "office_name",
            "office_url",
            "memberships",
            "source_url",
            "reviewed_on",
        ]
        skip_unchanged = True


class ResourceResource(resources.ModelResource):
    jurisdiction = fields.Field(
        attribute="jurisdiction", column_name="jurisdiction", widget=widgets.ForeignKeyWidget(Jurisdiction, "code")
    )

    class Meta:
        model = Resource
        import_id_fields = ["jurisdiction", "kind", "url"]
        fields = [
            "jurisdiction",
            "kind",
            "title",
            "url",
            "languages",
            "access",
            "searchable_by_number",
            "searchable_by_applicant",
            "has_api",
            "has_bulk_data",
            "notes",
            "source_url",
            "reviewed_on",
        ]
        skip_unchanged = True


# Office links are https today; typing a bare host should not produce an http:// URL.
URL_FIELDS = {models.URLField: {"assume_scheme": "https"}}


class ResourceInline(admin.TabularInline):
    model = Resource
    formfield_overrides = URL_FIELDS
    extra = 0
    fields = ["kind", "title", "url", "languages", "access", "link_ok", "link_status_code", "link_checked_at"]
    readonly_fields = ["link_ok", "link_status_code", "link_checked_at"]


class JurisdictionFileInline(admin.StackedInline):
    model = JurisdictionFile
    formfield_overrides = URL_FIELDS
    extra = 0


class SampleNumberInline(admin.TabularInline):
    model = SampleNumber
    extra = 0


@admin.register(Jurisdiction)
class JurisdictionAdmin(ImportExportModelAdmin):
    resource_classes = [JurisdictionResource]
    formfield_overrides = URL_FIELDS
    list_display = ["name", "code", "kind", "region", "office_name", "reviewed_on"]
    list_filter = ["kind", "region", "memberships"]
    search_fields = ["name", "code", "office_name"]
    filter_horizontal = ["memberships"]
    inlines = [JurisdictionFileInline, ResourceInline, SampleNumberInline]


@admin.register(Resource)
class ResourceAdmin(ImportExportModelAdmin):
    resource_classes = [ResourceResource]
    formfield_overrides = URL_FIELDS
    list_display = ["title", "jurisdiction", "kind", "access", "link_ok", "link_status_code", "link_checked_at"]
    list_filter = ["kind", "access", "link_ok"]
    search_fields = ["title", "url", "jurisdiction__name", "jurisdiction__code"]
    list_select_related = ["jurisdiction"]
    readonly_fields = ["link_ok", "link_status_code", "link_checked_at", "link_error"]
    actions = ["check_links_now"]

    @admin.action(description=_("Check the selected links now"))
    def check_links_now(self, request, queryset):
        urls = sorted(set(queryset.values_list("url", flat=True)))
        for url in urls:
            tasks.link_check.delay(url)
        self.message_user(request, _("Queued %(n)d link checks.") % {"n": len(urls)}, messages.SUCCESS)
