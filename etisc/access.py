"""Objects a request may see, or a 404: the one place pages and the API look up groups, topics and
posts with the reader's access checked. A 404, not a 403, so a members-only group's content is not
revealed by its existence."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from etisc import selectors
from etisc.models import Group, Post, Topic
from etisc.permissions import GroupAccess, group_access


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
