"""Moderators' actions: hide, lock, move, reports and suspensions, each in the audit log."""

from datetime import timedelta
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from etisc.models import (
    Group,
    Post,
    Report,
    Suspension,
    Topic,
)
from etisc.permissions import group_access

if TYPE_CHECKING:
    pass
from etisc.services._common import log, mark_moderated, require, require_moderator, topic_counters_refresh
from etisc.services.notifications import post_notify


@transaction.atomic
def post_moderate(*, actor, post: Post, action: str, note: str = "") -> Post:
    """hide, restore or approve (a held post) one post."""
    require_moderator(actor, post.topic.group)
    statuses = {"hide": Post.Status.HIDDEN, "restore": Post.Status.PUBLISHED, "approve": Post.Status.PUBLISHED}
    if action not in statuses:
        raise ValidationError({"action": _("Unknown moderation action.")})
    was_held = post.status == Post.Status.HELD
    post.status = statuses[action]
    if action == "hide":
        mark_moderated(post)
    post.save(update_fields=["status", "moderated_at"])
    topic_counters_refresh(post.topic)
    if action == "approve" and was_held:
        if post.number == 1:
            # Saved on the loaded topic: the notifications below check who may read it.
            post.topic.hidden = False
            post.topic.save(update_fields=["hidden"])
        post_notify(post)
    if action != "hide":
        Report.objects.filter(post=post, status=Report.Status.OPEN).update(status=Report.Status.RESOLVED)
    log(actor=actor, action=f"post_{action}", group=post.topic.group, topic=post.topic, post=post, note=note)
    return post


TOPIC_ACTIONS = {
    "lock": ("locked", True),
    "unlock": ("locked", False),
    "pin": ("pinned", True),
    "unpin": ("pinned", False),
    "hide": ("hidden", True),
    "restore": ("hidden", False),
}


@transaction.atomic
def topic_moderate(*, actor, topic: Topic, action: str, note: str = "") -> Topic:
    require_moderator(actor, topic.group)
    if action not in TOPIC_ACTIONS:
        raise ValidationError({"action": _("Unknown moderation action.")})
    field, value = TOPIC_ACTIONS[action]
    setattr(topic, field, value)
    topic.save(update_fields=[field])
    log(actor=actor, action=f"topic_{action}", group=topic.group, topic=topic, note=note)
    return topic


@transaction.atomic
def topic_move(*, actor, topic: Topic, group: Group, note: str = "") -> Topic:
    require_moderator(actor, topic.group)
    require_moderator(actor, group)
    source = topic.group
    topic.group = group
    topic.save(update_fields=["group"])
    log(actor=actor, action="topic_move", group=group, topic=topic, note=note or f"from {source.slug}")
    return topic


@transaction.atomic
def report_create(*, user, post: Post, reason: str) -> Report:
    access = group_access(user=user, group=post.topic.group)
    require(access.signed_in and access.can_view_topic(post.topic), _("You cannot report this post."))
    report = Report(post=post, reporter=user, reason=reason.strip())
    report.full_clean()
    report.save()
    return report


@transaction.atomic
def report_resolve(*, actor, report: Report) -> Report:
    require_moderator(actor, report.post.topic.group)
    report.status = Report.Status.RESOLVED
    report.save(update_fields=["status"])
    log(actor=actor, action="report_resolve", group=report.post.topic.group, post=report.post)
    return report


@transaction.atomic
def user_suspend(*, actor, user, days: int, reason: str) -> Suspension:
    require(actor.is_curator, _("Only curators and staff can suspend accounts."))
    suspension = Suspension(user=user, until=timezone.now() + timedelta(days=days), reason=reason, created_by=actor)
    suspension.full_clean()
    suspension.save()
    log(actor=actor, action="user_suspend", target_user=user, note=f"{days} days: {reason}")
    return suspension
