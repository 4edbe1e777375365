"""One post: its page, editing, history and deletion by its author, and the preview of a post being written."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from etisc import selectors, services
from etisc.access import post_or_404
from etisc.forms import (
    EditForm,
    PreviewForm,
)
from etisc.markup import render_post_body
from etisc.ratelimit import RateLimited, rate_limit_hit
from etisc.views._common import POSTS_PER_PAGE, form_errors
from inspire.sections import section_trail


@require_safe
def post_detail(request, pk: int):
    """The page of the thread that shows this post, as this reader sees the thread."""
    post, access = post_or_404(request, pk)
    earlier = selectors.thread_posts(topic=post.topic, user=request.user, moderator=access.is_moderator)
    page = earlier.filter(number__lt=post.number).count() // POSTS_PER_PAGE + 1
    return redirect(f"{post.topic.get_absolute_url()}?page={page}#post-{post.number}")


@login_required
@require_http_methods(["GET", "POST"])
def post_edit(request, pk: int):
    post, access = post_or_404(request, pk)
    if not access.can_edit(post, request.user):
        raise PermissionDenied
    form = EditForm(request.POST or None, initial={"body": post.body})
    if request.method == "POST" and form.is_valid():
        try:
            services.post_edit(user=request.user, post=post, body=form.cleaned_data["body"])
        except ValidationError as error:
            form_errors(form, error)
        else:
            return redirect(post.get_absolute_url())
    context = {
        "post": post,
        "form": form,
        "show_history": access.can_view_history(post),
        "revisions": post.revisions.select_related("edited_by"),
        "trail": section_trail("etisc", (post.topic.get_absolute_url(), post.topic.title), ("", _("Edit post"))),
    }
    return render(request, "etisc/post_edit.html", context, status=400 if form.errors else 200)


@require_safe
def post_history(request, pk: int):
    post, access = post_or_404(request, pk)
    if not access.can_view_history(post):
        raise PermissionDenied
    context = {
        "post": post,
        "revisions": post.revisions.select_related("edited_by"),
        "trail": section_trail("etisc", (post.topic.get_absolute_url(), post.topic.title), ("", _("Edit history"))),
    }
    return render(request, "etisc/post_history.html", context)


@login_required
@require_POST
def post_delete(request, pk: int):
    post, _access = post_or_404(request, pk)
    services.post_delete(user=request.user, post=post)
    messages.success(request, _("Post deleted."))
    if post.number == 1:
        return redirect(post.topic.group)
    return redirect(post.topic)


@login_required
@require_POST
def post_preview(request):
    """The HTML a post with this text would show, for the Write / Preview tabs; JSON either way."""
    try:
        rate_limit_hit(request=request, action="preview")
    except RateLimited as error:
        detail = _("Too many previews in a short time. Wait a minute and try again.")
        body = {"status": 429, "code": "throttled", "detail": detail, "retry_after_seconds": error.retry_after}
        return JsonResponse(body, status=429)
    form = PreviewForm(request.POST)
    if not form.is_valid():
        errors = {field: [str(message) for message in messages] for field, messages in form.errors.items()}
        body = {"status": 400, "code": "invalid", "detail": _("This text cannot be previewed."), "errors": errors}
        return JsonResponse(body, status=400)
    return JsonResponse({"html": render_post_body(form.cleaned_data["body"])})
