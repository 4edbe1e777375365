"""What every eTISC write shares: access checks, the new-member limits on posts, counters, the audit log."""

import re
from datetime import timedelta
from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from etisc.markup import mentioned_names
from etisc.models import (
    Group,
    ModerationLog,
    Post,
    Topic,
    TopicRead,
)
from etisc.permissions import GroupAccess, group_access, is_suspended

if TYPE_CHECKING:
    pass


LINK_RE = re.compile(r"https?://", re.IGNORECASE)


# New accounts: limits until they have read and taken part a little.
NEW_USER_MAX_LINKS = 2


NEW_USER_MAX_MENTIONS = 2


NEW_USER_MAX_TOPICS_PER_DAY = 3


TRUSTED_AFTER_READS = 3


TRUSTED_AFTER_POSTS = 3


MAX_MENTIONS = 10


def require(condition: bool, message: str) -> None:
    if not condition:
        raise PermissionDenied(message)


def require_moderator(actor, group: Group) -> GroupAccess:
    access = group_access(user=actor, group=group)
    require(access.is_moderator, _("Only moderators of this group can do that."))
    return access


def require_poster(user, group: Group) -> GroupAccess:
    access = group_access(user=user, group=group)
    require(access.can_post, _("Only members can post in this group."))
    require(not is_suspended(user), _("Your account is suspended from posting."))
    return access


def is_new_user(user) -> bool:
    if user.date_joined <= timezone.now() - timedelta(days=1):
        return False
    has_read = TopicRead.objects.filter(user=user).count() >= TRUSTED_AFTER_READS
    has_posted = Post.objects.filter(author=user, status=Post.Status.PUBLISHED).count() >= TRUSTED_AFTER_POSTS
    return not (has_read and has_posted)


def check_body(*, user, body: str, access: GroupAccess, new_user: bool) -> None:
    if not body.strip():
        raise ValidationError({"body": _("Write something first.")})
    if access.is_moderator:
        return
    mentions = len(mentioned_names(body))
    links = len(LINK_RE.findall(body))
    if mentions > MAX_MENTIONS:
        raise ValidationError({"body": _("Mention at most %(n)d people in one post.") % {"n": MAX_MENTIONS}})
    if new_user and links > NEW_USER_MAX_LINKS:
        raise ValidationError(
            {"body": _("New members can include at most %(n)d links in a post.") % {"n": NEW_USER_MAX_LINKS}}
        )
    if new_user and mentions > NEW_USER_MAX_MENTIONS:
        raise ValidationError(
            {"body": _("New members can mention at most %(n)d people in a post.") % {"n": NEW_USER_MAX_MENTIONS}}
        )


def topic_counters_refresh(topic: Topic) -> None:
    last = topic.posts.published().order_by("-number").first()
    topic.post_count = topic.posts.published().count()
    topic.last_post_number = last.number if last else 0
    topic.last_post_at = last.created_at if last else topic.created_at
    topic.last_post_author_id = last.author_id if last else None
    topic.save(update_fields=["post_count", "last_post_number", "last_post_at", "last_post_author"])


def mark_moderated(post: Post) -> None:
    post.moderated_at = post.moderated_at or timezone.now()


def log(*, actor, action: str, group=None, topic=None, post=None, target_user=None, note: str = "") -> None:
    ModerationLog.objects.create(
        actor=actor, action=action, group=group, topic=topic, post=post, target_user=target_user, note=note
    )
