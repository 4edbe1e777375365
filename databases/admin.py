import json

from django import forms
from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from import_export import fields, resources, widgets
from import_export.admin import ExportMixin

from databases import content, services
from databases.models import Comment, Coverage, DatabaseFeature, PatentDatabase, ReportRevision
from inspire.content.admin import ContentImportMixin
from inspire.localtext import translations_form

COVERAGE_KEYS = ("jurisdiction", "document_kind", "level", "covered", "from_year", "note")


class PatentDatabaseResource(resources.ModelResource):
    """Export only: CSV/JSON rows keyed by slug. Imports go through content files (ContentImportMixin)."""

    interface_languages = fields.Field(
        attribute="interface_languages", column_name="interface_languages", widget=widgets.JSONWidget()
    )
    features = fields.Field(column_name="features", readonly=True)
    coverage = fields.Field(column_name="coverage", readonly=True)

    class Meta:
        model = PatentDatabase
        import_id_fields = ["slug"]
        fields = ["slug", *PatentDatabase.CURATED_FIELDS, "features", "coverage"]
        skip_unchanged = False

    def get_queryset(self):
        return super().get_queryset().prefetch_related("features", "coverage")

    def dehydrate_features(self, database: PatentDatabase) -> str:
        return "|".join(f"{row.feature}:{row.note}" if row.note else row.feature for row in database.features.all())

    def dehydrate_coverage(self, database: PatentDatabase) -> str:
        return json.dumps([{key: getattr(row, key) for key in COVERAGE_KEYS} for row in database.coverage.all()])


class CoverageInline(admin.TabularInline):
    model = Coverage
    extra = 1


class FeatureInline(admin.TabularInline):
    model = DatabaseFeature
    extra = 1


class RevisionInline(admin.TabularInline):
    model = ReportRevision
    extra = 0
    readonly_fields = ["revised_on", "summary", "revised_by"]
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


class PatentDatabaseAdminForm(forms.ModelForm):
    url = forms.URLField(label=_("URL"), max_length=300, assume_scheme="https")
    source_url = forms.URLField(
        label=_("source URL"),
        max_length=300,
        assume_scheme="https",
        help_text=PatentDatabase._meta.get_field("source_url").help_text,
    )
    revision_summary = forms.CharField(
        label=_("What changed in the report"),
        max_length=300,
        required=False,
        help_text=_("Required when you change the overview, strengths, limitations or tips; followers are e-mailed."),
    )

    class Meta:
        model = PatentDatabase
        fields = [
            "slug",
            "name",
            "provider",
            "kind",
            "url",
            "access",
            "aspi",
            "interface_languages",
            "summary",
            "overview",
            "strengths",
            "limitations",
            "tips",
            "revision_summary",
            "source_url",
            "reviewed_on",
            "curator",
            "is_published",
        ]

    def clean(self):
        cleaned = super().clean()
        report_changed = self.instance.pk and set(self.changed_data) & set(PatentDatabase.REPORT_FIELDS)
        if report_changed and not cleaned.get("revision_summary"):
            self.add_error("revision_summary", _("Say what changed, for the change log and the followers."))
        return cleaned


@admin.register(PatentDatabase)
class PatentDatabaseAdmin(ContentImportMixin, ExportMixin, admin.ModelAdmin):
    resource_classes = [PatentDatabaseResource]
    content_import = staticmethod(content.import_upload)
    content_import_accepts = _("databases/<slug>.yaml files, with coverage/<slug>.csv files for their coverage.")
    form = translations_form(PatentDatabase, ("summary",), base=PatentDatabaseAdminForm)
    list_display = ["name", "provider", "kind", "access", "aspi", "is_published", "reviewed_on"]
    list_filter = ["kind", "access", "aspi", "is_published", "features__feature", "coverage__jurisdiction"]
    search_fields = ["name", "provider", "summary", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [FeatureInline, CoverageInline, RevisionInline]
    readonly_fields = ["created_at", "updated_at"]

    def save_model(self, request, obj, form, change):
        report_changes = {
            name: form.cleaned_data[name] for name in PatentDatabase.REPORT_FIELDS if name in form.changed_data
        }
        model_fields = {
            name: form.cleaned_data[name]
            for name in form.cleaned_data
            if name not in ("slug", "revision_summary", *PatentDatabase.REPORT_FIELDS)
        }
        if not change:
            model_fields.update({name: form.cleaned_data[name] for name in PatentDatabase.REPORT_FIELDS})
        database = services.database_upsert(slug=form.cleaned_data["slug"], fields=model_fields)
        if change and report_changes:
            services.report_revise(
                database=database,
                summary=form.cleaned_data["revision_summary"],
                revised_by=request.user,
                changes=report_changes,
            )
        obj.pk = database.pk
        obj.refresh_from_db()


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = ["database", "author", "status", "created_at"]
    list_filter = ["status", "database"]
    search_fields = ["body", "author__username", "database__name"]
    readonly_fields = ["database", "author", "body", "created_at", "moderated_at"]
    actions = ["approve", "reject"]

    @admin.action(description=_("Approve selected comments"))
    def approve(self, request, queryset):
        for comment in queryset:
            services.comment_moderate(comment=comment, approve=True)
        messages.success(request, _("Comments approved."))

    @admin.action(description=_("Reject selected comments"))
    def reject(self, request, queryset):
        for comment in queryset:
            services.comment_moderate(comment=comment, approve=False)
        messages.success(request, _("Comments rejected."))


@admin.register(ReportRevision)
class ReportRevisionAdmin(admin.ModelAdmin):
    list_display = ["database", "revised_on", "summary", "revised_by"]
    list_filter = ["revised_on"]
    search_fields = ["database__name", "summary"]
