"""What every eTISC page shares: breadcrumbs, 404s that respect group access, form errors."""

from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _

from etisc import selectors
from etisc.models import (
    Group,
    Post,
    Topic,
)
from etisc.permissions import GroupAccess, group_access
from inspire.sections import SECTIONS

TOPICS_PER_PAGE = 30
POSTS_PER_PAGE = 20


def trail(*steps: tuple[str, str]) -> list[tuple[str, str]]:
    section = next(s for s in SECTIONS if s.app_label == "etisc")
    return [(reverse("etisc:index"), section.title), *steps]


def too_many(request) -> HttpResponse:
    return render(request, "429.html", status=429)


def form_errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)


def group_or_404(request, slug: str) -> tuple[Group, GroupAccess]:
    group = get_object_or_404(Group, slug=slug)
    access = group_access(user=request.user, group=group)
    if not access.can_view:
        raise Http404(_("No such group."))
    return group, access


def topic_or_404(request, pk: int) -> tuple[Topic, GroupAccess]:
    try:
        topic = selectors.topic_detail(pk=pk)
    except Topic.DoesNotExist as error:
        raise Http404(_("No such topic.")) from error
    access = group_access(user=request.user, group=topic.group)
    if not access.can_view_topic(topic):
        raise Http404(_("No such topic."))
    return topic, access


def post_or_404(request, pk: int) -> tuple[Post, GroupAccess]:
    post = get_object_or_404(Post.objects.select_related("topic__group", "author"), pk=pk, deleted_at__isnull=True)
    access = group_access(user=request.user, group=post.topic.group)
    own = request.user.is_authenticated and post.author_id == request.user.pk
    published = post.status == Post.Status.PUBLISHED
    if not access.can_view_topic(post.topic) or not (published or own or access.is_moderator):
        raise Http404(_("No such post."))
    return post, access
