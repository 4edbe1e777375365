from django.contrib import admin

from inspire.usage.models import DailyRollup, Event, MonthlyRollup, YearlyRollup


class ReadOnlyAdmin(admin.ModelAdmin):
    """Usage figures are written only by capture and the roll-up jobs; the admin shows them."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Event)
class EventAdmin(ReadOnlyAdmin):
    list_display = ["occurred_at", "kind", "section", "object_key", "country", "referrer_host", "is_authenticated"]
    list_filter = ["kind", "section", "is_authenticated", "is_synthetic"]
    search_fields = ["object_key", "object_label"]
    date_hierarchy = "occurred_at"
    show_full_result_count = False  # counting millions of raw events on every page is slow


class RollupAdmin(ReadOnlyAdmin):
    list_display = ["period_start", "dimension", "section", "key", "label", "visitors", "views", "downloads"]
    list_filter = ["dimension", "section"]
    search_fields = ["key", "label"]
    date_hierarchy = "period_start"

    def has_delete_permission(self, request, obj=None):
        return False


admin.site.register(DailyRollup, RollupAdmin)
admin.site.register(MonthlyRollup, RollupAdmin)
admin.site.register(YearlyRollup, RollupAdmin)
