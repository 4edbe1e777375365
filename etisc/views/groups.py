"""The community index and group pages: join, leave, membership requests, group watch."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from etisc import selectors, services
from etisc.access import group_or_404
from etisc.forms import (
    GroupWatchForm,
)
from etisc.models import (
    Group,
    Membership,
)
from etisc.permissions import group_access
from etisc.views._common import TOPICS_PER_PAGE
from inspire.sections import section_trail


@require_safe
def index(request):
    recent = list(selectors.topics_visible(user=request.user)[:10])
    context = {
        "groups": selectors.groups_listed(),
        "topics": recent,
        "markers": selectors.unread_markers(user=request.user, topics=recent),
        "events": selectors.events_upcoming(user=request.user, limit=3),
        "sessions": selectors.sessions_list()[:3],
        "news": selectors.news_list()[:3],
        "trail": section_trail("etisc"),
    }
    return render(request, "etisc/index.html", context)


@require_safe
def group_detail(request, slug: str):
    """Every group shows what it is about; only members read the topics of a members-only group."""
    group = get_object_or_404(Group, slug=slug)
    access = group_access(user=request.user, group=group)
    topics_qs = selectors.topics_for_group(group=group, moderator=access.is_moderator)
    if not access.can_view:
        topics_qs = topics_qs.none()
    page_obj = Paginator(topics_qs, TOPICS_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "group": group,
        "access": access,
        "page_obj": page_obj,
        "markers": selectors.unread_markers(user=request.user, topics=page_obj.object_list),
        "events": selectors.events_for_group(group=group, user=request.user),
        "trail": section_trail("etisc", ("", group.name)),
    }
    if access.can_view and request.user.is_authenticated:
        context["watch_form"] = GroupWatchForm(initial={"level": selectors.watch_level(user=request.user, group=group)})
    return render(request, "etisc/group.html", context)


@login_required
@require_POST
def group_join(request, slug: str):
    group = get_object_or_404(Group, slug=slug)
    membership = services.membership_join(user=request.user, group=group)
    if membership.is_active:
        messages.success(request, _("You joined %(group)s.") % {"group": group.name})
        return redirect(group)
    messages.info(request, _("Your request to join was sent to the group's moderators."))
    return redirect("etisc:index")


@login_required
@require_POST
def group_leave(request, slug: str):
    group = get_object_or_404(Group, slug=slug)
    services.membership_leave(user=request.user, group=group)
    messages.success(request, _("You left %(group)s.") % {"group": group.name})
    return redirect("etisc:index")


@login_required
@require_http_methods(["GET", "POST"])
def group_requests(request, slug: str):
    group, access = group_or_404(request, slug)
    if not access.is_moderator:
        raise PermissionDenied
    if request.method == "POST":
        membership = get_object_or_404(Membership, group=group, pk=request.POST.get("membership"))
        services.membership_approve(actor=request.user, membership=membership)
        messages.success(request, _("%(name)s is now a member.") % {"name": membership.user.display_name})
        return redirect("etisc:group_requests", slug=group.slug)
    context = {
        "group": group,
        "pending": selectors.pending_memberships(group=group),
        "trail": section_trail("etisc", (group.get_absolute_url(), group.name), ("", _("Requests to join"))),
    }
    return render(request, "etisc/group_requests.html", context)


@login_required
@require_POST
def group_watch(request, slug: str):
    group, _access = group_or_404(request, slug)
    form = GroupWatchForm(request.POST)
    if not form.is_valid():
        return render(request, "etisc/bad_request.html", {"form": form}, status=400)
    services.watch_set(user=request.user, group=group, level=form.cleaned_data["level"])
    messages.success(request, _("Notification level saved."))
    return redirect(group)
