"""Moderators' pages: hide, move and lock, reports, the review queue, suspensions."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from etisc import selectors, services
from etisc.access import post_or_404, topic_or_404
from etisc.forms import (
    ModerateForm,
    MoveForm,
    ReportForm,
    SuspendForm,
)
from etisc.ratelimit import RateLimited, rate_limit_hit
from etisc.views._common import too_many
from inspire.sections import section_trail


@login_required
@require_POST
def topic_moderate(request, pk: int):
    topic, _access = topic_or_404(request, pk)
    form = ModerateForm(request.POST)
    if not form.is_valid():
        return render(request, "etisc/bad_request.html", {"form": form}, status=400)
    try:
        services.topic_moderate(
            actor=request.user, topic=topic, action=form.cleaned_data["action"], note=form.cleaned_data["note"]
        )
    except ValidationError as error:
        return render(request, "etisc/bad_request.html", {"errors": error.messages}, status=400)
    messages.success(request, _("Done."))
    return redirect(topic)


@login_required
@require_POST
def topic_move(request, pk: int):
    topic, access = topic_or_404(request, pk)
    if not access.is_moderator:
        raise PermissionDenied
    form = MoveForm(request.POST, groups=selectors.moderated_groups(user=request.user))
    if not form.is_valid():
        return render(request, "etisc/bad_request.html", {"form": form}, status=400)
    services.topic_move(
        actor=request.user, topic=topic, group=form.cleaned_data["group"], note=form.cleaned_data["note"]
    )
    messages.success(request, _("Topic moved."))
    return redirect(topic)


@login_required
@require_POST
def post_moderate(request, pk: int):
    post, _access = post_or_404(request, pk)
    form = ModerateForm(request.POST)
    if not form.is_valid():
        return render(request, "etisc/bad_request.html", {"form": form}, status=400)
    try:
        services.post_moderate(
            actor=request.user, post=post, action=form.cleaned_data["action"], note=form.cleaned_data["note"]
        )
    except ValidationError as error:
        return render(request, "etisc/bad_request.html", {"errors": error.messages}, status=400)
    messages.success(request, _("Done."))
    if request.POST.get("next") == "queue":
        return redirect("etisc:review_queue")
    return redirect(post.get_absolute_url())


@login_required
@require_http_methods(["GET", "POST"])
def post_report(request, pk: int):
    post, _access = post_or_404(request, pk)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            rate_limit_hit(request=request, action="report")
        except RateLimited:
            return too_many(request)
        services.report_create(user=request.user, post=post, reason=form.cleaned_data["reason"])
        messages.success(request, _("Thank you. Moderators will review this post."))
        return redirect(post.get_absolute_url())
    context = {
        "post": post,
        "form": form,
        "trail": section_trail("etisc", (post.topic.get_absolute_url(), post.topic.title), ("", _("Report a post"))),
    }
    return render(request, "etisc/post_report.html", context, status=400 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def review_queue(request):
    if not selectors.moderated_groups(user=request.user).exists():
        raise PermissionDenied
    if request.method == "POST":
        report = get_object_or_404(selectors.review_queue(user=request.user)["reports"], pk=request.POST.get("report"))
        services.report_resolve(actor=request.user, report=report)
        messages.success(request, _("Report closed."))
        return redirect("etisc:review_queue")
    context = {**selectors.review_queue(user=request.user), "trail": section_trail("etisc", ("", _("Review queue")))}
    return render(request, "etisc/review_queue.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def user_suspend(request, username: str):
    if not request.user.is_curator:
        raise PermissionDenied
    target = get_object_or_404(get_user_model(), username=username)
    form = SuspendForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.user_suspend(actor=request.user, user=target, **form.cleaned_data)
        messages.success(request, _("%(name)s is suspended.") % {"name": target.display_name})
        return redirect("etisc:review_queue")
    context = {"target": target, "form": form, "trail": section_trail("etisc", ("", _("Suspend an account")))}
    return render(request, "etisc/suspend.html", context, status=400 if form.errors else 200)
