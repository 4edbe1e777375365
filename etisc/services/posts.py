"""Replies, edits and deletions by a post's author."""

from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.translation import gettext as _

from etisc.markup import render_post
from etisc.models import (
    Post,
    PostRevision,
    Topic,
    Watch,
    WatchLevel,
)
from etisc.permissions import GroupAccess, group_access, is_suspended

if TYPE_CHECKING:
    pass
from etisc.services._common import (
    check_body,
    is_new_user,
    log,
    mark_moderated,
    require,
    require_poster,
    topic_counters_refresh,
)
from etisc.services.notifications import post_mentions_notify, post_notify


@transaction.atomic
def post_create(*, user, topic: Topic, body: str, reply_to: Post | None = None) -> Post:
    access = require_poster(user, topic.group)
    require(access.can_view_topic(topic), _("This topic is not available."))
    require(access.can_reply(topic), _("This topic is locked."))
    if reply_to is not None and reply_to.topic_id != topic.pk:
        raise ValidationError({"reply_to": _("You can only quote a post of the same topic.")})
    new_user = not access.is_moderator and is_new_user(user)
    check_body(user=user, body=body, access=access, new_user=new_user)
    post = post_add(user=user, topic=topic, body=body, reply_to=reply_to, access=access, new_user=new_user)
    Watch.objects.get_or_create(user=user, topic=topic, defaults={"level": WatchLevel.TRACKING})
    return post


def post_add(*, user, topic: Topic, body: str, reply_to: Post | None, access: GroupAccess, new_user: bool) -> Post:
    # Lock the topic row so concurrent replies get distinct numbers and counters stay right.
    locked_topic = Topic.objects.select_for_update().get(pk=topic.pk)
    number = (locked_topic.posts.aggregate(n=Max("number"))["n"] or 0) + 1
    held = new_user and topic.group.hold_new_user_posts
    rendered = render_post(body)
    post = Post(
        topic=locked_topic,
        author=user,
        number=number,
        reply_to=reply_to,
        body=body,
        body_html=rendered.html,
        status=Post.Status.HELD if held else Post.Status.PUBLISHED,
    )
    post.full_clean()
    post.save()
    if held and number == 1:
        # A held opening post keeps the whole topic out of lists until a moderator approves it.
        Topic.objects.filter(pk=topic.pk).update(hidden=True)
    if not held:
        Topic.objects.filter(pk=topic.pk).update(
            post_count=F("post_count") + 1, last_post_number=number, last_post_at=post.created_at, last_post_author=user
        )
        post_notify(post, mentions=rendered.mentions)
    return post


@transaction.atomic
def post_edit(*, user, post: Post, body: str) -> Post:
    access = group_access(user=user, group=post.topic.group)
    require(access.can_edit(post, user), _("Only the author or a moderator can edit this post."))
    require(access.is_moderator or not is_suspended(user), _("Your account is suspended from posting."))
    check_body(user=user, body=body, access=access, new_user=not access.is_moderator and is_new_user(user))
    if body == post.body:
        return post
    before = post.body
    PostRevision.objects.create(post=post, body=before, edited_by=user)
    post.body = body
    rendered = render_post(body)
    post.body_html = rendered.html
    post.edited_at = timezone.now()
    by_moderator = access.is_moderator and post.author_id != user.pk
    if by_moderator:
        mark_moderated(post)
    post.full_clean()
    post.save(update_fields=["body", "body_html", "edited_at", "moderated_at"])
    if by_moderator:
        log(actor=user, action="post_edit", group=post.topic.group, topic=post.topic, post=post)
    if post.status == Post.Status.PUBLISHED:
        post_mentions_notify(post=post, mentions=rendered.mentions, before=before)
    return post


@transaction.atomic
def post_delete(*, user, post: Post) -> None:
    """Soft delete: the row and its history stay for moderators and the audit log."""
    access = group_access(user=user, group=post.topic.group)
    require(access.can_edit(post, user), _("Only the author or a moderator can delete this post."))
    by_moderator = access.is_moderator and post.author_id != user.pk
    post.deleted_at = timezone.now()
    if by_moderator:
        mark_moderated(post)
    post.save(update_fields=["deleted_at", "moderated_at"])
    topic = post.topic
    if post.number == 1:
        topic.deleted_at = post.deleted_at
        topic.save(update_fields=["deleted_at"])
    topic_counters_refresh(topic)
    if by_moderator:
        log(actor=user, action="post_delete", group=topic.group, topic=topic, post=post)
