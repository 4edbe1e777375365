from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from etisc import services
from etisc.models import (
    Event,
    ExpertSession,
    Group,
    Membership,
    ModerationLog,
    NewsItem,
    Notification,
    Post,
    Question,
    Report,
    Suspension,
    Tag,
    Topic,
)


class MembershipInline(admin.TabularInline):
    model = Membership
    raw_id_fields = ["user"]
    extra = 0


@admin.register(Group)
class GroupAdmin(admin.ModelAdmin):
    list_display = ["name", "visibility", "hold_new_user_posts", "is_demo"]
    list_filter = ["visibility", "is_demo"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [MembershipInline]

    def save_formset(self, request, form, formset, change):
        memberships = formset.save(commit=False)
        # Removing a member also ends their watches and queued notifications of the group.
        for membership in formset.deleted_objects:
            services.membership_remove(actor=request.user, membership=membership)
        for membership in memberships:
            membership.save()


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    search_fields = ["name"]


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["title", "group", "author", "post_count", "last_post_at", "pinned", "locked", "hidden"]
    list_filter = ["group", "pinned", "locked", "hidden"]
    search_fields = ["title"]
    list_select_related = ["group", "author"]
    raw_id_fields = ["author", "last_post_author"]
    readonly_fields = ["post_count", "last_post_number", "last_post_at", "last_post_author"]
    actions = ["lock", "unlock"]

    @admin.action(description=_("Lock the selected topics"))
    def lock(self, request, queryset):
        for topic in queryset.select_related("group"):
            services.topic_moderate(actor=request.user, topic=topic, action="lock", note="admin")
        self.message_user(request, _("Topics locked."), messages.SUCCESS)

    @admin.action(description=_("Unlock the selected topics"))
    def unlock(self, request, queryset):
        for topic in queryset.select_related("group"):
            services.topic_moderate(actor=request.user, topic=topic, action="unlock", note="admin")
        self.message_user(request, _("Topics unlocked."), messages.SUCCESS)


@admin.register(Post)
class PostAdmin(admin.ModelAdmin):
    list_display = ["__str__", "author", "status", "created_at", "deleted_at"]
    list_filter = ["status"]
    search_fields = ["body"]
    list_select_related = ["topic", "author"]
    raw_id_fields = ["topic", "author", "reply_to"]
    readonly_fields = ["body_html"]
    actions = ["hide", "restore"]

    @admin.action(description=_("Hide the selected posts"))
    def hide(self, request, queryset):
        for post in queryset.select_related("topic__group"):
            services.post_moderate(actor=request.user, post=post, action="hide", note="admin")

    @admin.action(description=_("Publish the selected posts"))
    def restore(self, request, queryset):
        for post in queryset.select_related("topic__group"):
            services.post_moderate(actor=request.user, post=post, action="restore", note="admin")


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    list_display = ["post", "reporter", "status", "created_at"]
    list_filter = ["status"]
    raw_id_fields = ["post", "reporter"]


@admin.register(Suspension)
class SuspensionAdmin(admin.ModelAdmin):
    list_display = ["user", "until", "created_by"]
    raw_id_fields = ["user", "created_by"]


@admin.register(ModerationLog)
class ModerationLogAdmin(admin.ModelAdmin):
    """Read-only: the audit log is written by services, never edited by hand."""

    list_display = ["created_at", "actor", "action", "group", "topic", "target_user"]
    list_filter = ["action"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class QuestionInline(admin.TabularInline):
    model = Question
    fields = ["author", "body", "vote_count", "answer", "accepted", "hidden"]
    raw_id_fields = ["author"]
    extra = 0


@admin.register(ExpertSession)
class ExpertSessionAdmin(admin.ModelAdmin):
    list_display = ["title", "expert", "opens_at", "closes_at", "is_demo"]
    raw_id_fields = ["expert"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [QuestionInline]


@admin.register(NewsItem)
class NewsItemAdmin(admin.ModelAdmin):
    list_display = ["title", "published_on", "is_demo"]
    prepopulated_fields = {"slug": ["title"]}


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "starts_at", "timezone", "group", "is_demo"]
    list_filter = ["kind", "is_demo"]
    prepopulated_fields = {"slug": ["title"]}

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if not change:
            # A new event is news for the members of its group.
            services.event_announce(event=obj)


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["recipient", "kind", "text", "created_at", "read_at", "email_state"]
    list_filter = ["kind", "email_state"]
    raw_id_fields = ["recipient", "actor"]
