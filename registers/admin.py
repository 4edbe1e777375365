from django.contrib import admin, messages
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from import_export import fields, resources, widgets
from import_export.admin import ExportMixin

from inspire.content.admin import ContentImportMixin
from inspire.facts import Fact
from inspire.localtext import translation_fieldsets_row, translations_form
from registers import content, tasks
from registers.models import (
    COLUMNS,
    FILE_PROSE,
    ColumnAbsence,
    Jurisdiction,
    JurisdictionFile,
    JurisdictionNote,
    Resource,
    SampleNumber,
)
from registers.selectors import column_states

CONTENT_ACCEPTS = _("jurisdictions/<CODE>.yaml files, with samples/<CODE>.csv files for their sample numbers.")


class FactWidget(widgets.Widget):
    """Yes, No or Not recorded in exports: an empty cell or a 0 would be read as "no"."""

    def render(self, value, obj=None, **kwargs):
        return Fact.of(value).label


class ColumnField(fields.Field):
    """A table column of a jurisdiction, in the three states the table shows."""

    def __init__(self, column: str):
        super().__init__(column_name=column, readonly=True, widget=FactWidget())
        self.column = column

    def get_value(self, instance):
        return column_states(instance)[self.column].fact


class JurisdictionResource(resources.ModelResource):
    """Export only: imports go through content files (ContentImportMixin)."""

    memberships = fields.Field(
        attribute="memberships",
        column_name="memberships",
        widget=widgets.ManyToManyWidget(Jurisdiction, field="code", separator=","),
    )
    register = ColumnField("register")
    file_inspection = ColumnField("file_inspection")
    gazette = ColumnField("gazette")
    spc = ColumnField("spc")
    publications = ColumnField("publications")

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
            *COLUMNS,
            "source_url",
            "reviewed_on",
        ]


class ResourceResource(resources.ModelResource):
    """Export only: imports go through content files (ContentImportMixin)."""

    jurisdiction = fields.Field(
        attribute="jurisdiction", column_name="jurisdiction", widget=widgets.ForeignKeyWidget(Jurisdiction, "code")
    )
    searchable_by_number = fields.Field(attribute="searchable_by_number", widget=FactWidget())
    searchable_by_applicant = fields.Field(attribute="searchable_by_applicant", widget=FactWidget())
    has_api = fields.Field(attribute="has_api", widget=FactWidget())
    has_bulk_data = fields.Field(attribute="has_bulk_data", widget=FactWidget())

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


# Office links are https today; typing a bare host should not produce an http:// URL.
URL_FIELDS = {models.URLField: {"assume_scheme": "https"}}


class ResourceInline(admin.TabularInline):
    model = Resource
    formfield_overrides = URL_FIELDS
    extra = 0
    fields = [
        "kind",
        "title",
        "url",
        "languages",
        "access",
        "source_url",
        "reviewed_on",
        "link_ok",
        "link_status_code",
        "link_checked_at",
    ]
    readonly_fields = ["link_ok", "link_status_code", "link_checked_at"]


class ColumnAbsenceInline(admin.TabularInline):
    model = ColumnAbsence
    formfield_overrides = URL_FIELDS
    extra = 0


class JurisdictionFileInline(admin.StackedInline):
    model = JurisdictionFile
    form = translations_form(JurisdictionFile, FILE_PROSE)
    formfield_overrides = URL_FIELDS
    extra = 0
    fields = [
        ("shows_pending", "shows_granted", "shows_lapsed", "shows_fees"),
        ("shows_oppositions", "shows_spc", "shows_transfers"),
        *(row for field in FILE_PROSE for row in (field, translation_fieldsets_row(field))),
        ("source_url", "reviewed_on"),
    ]


class SampleNumberInline(admin.TabularInline):
    model = SampleNumber
    formfield_overrides = URL_FIELDS
    extra = 0


class JurisdictionNoteInline(admin.StackedInline):
    model = JurisdictionNote
    form = translations_form(JurisdictionNote, ("text",))
    formfield_overrides = URL_FIELDS
    extra = 0
    fields = [("topic", "position"), "text", translation_fieldsets_row("text"), ("source_url", "reviewed_on")]


@admin.register(Jurisdiction)
class JurisdictionAdmin(ContentImportMixin, ExportMixin, admin.ModelAdmin):
    resource_classes = [JurisdictionResource]
    content_import = staticmethod(content.import_upload)
    content_import_accepts = CONTENT_ACCEPTS
    formfield_overrides = URL_FIELDS
    list_display = ["name", "code", "kind", "region", "office_name", "reviewed_on"]
    list_filter = ["kind", "region", "memberships"]
    search_fields = ["name", "code", "office_name"]
    filter_horizontal = ["memberships"]
    inlines = [JurisdictionFileInline, ResourceInline, ColumnAbsenceInline, JurisdictionNoteInline, SampleNumberInline]

    def get_export_queryset(self, request):
        return super().get_export_queryset(request).prefetch_related("resources", "absences", "memberships")


@admin.register(Resource)
class ResourceAdmin(ContentImportMixin, ExportMixin, admin.ModelAdmin):
    resource_classes = [ResourceResource]
    content_import = staticmethod(content.import_upload)
    content_import_accepts = CONTENT_ACCEPTS
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
        self.message_user(
            request,
            ngettext("Queued %(n)d link check.", "Queued %(n)d link checks.", len(urls)) % {"n": len(urls)},
            messages.SUCCESS,
        )
