"""Joining, leaving, approving and removing group members."""

from typing import TYPE_CHECKING

from django.db import transaction
from django.db.models import Q

from etisc.models import (
    Group,
    Membership,
    Notification,
    Watch,
    WatchLevel,
)

if TYPE_CHECKING:
    pass
from etisc.services._common import log, require_moderator


@transaction.atomic
def membership_join(*, user, group: Group) -> Membership:
    """Public groups let people in at once; members-only groups record a request for moderators."""
    status = Membership.Status.ACTIVE if group.is_public else Membership.Status.PENDING
    membership, created = Membership.objects.get_or_create(group=group, user=user, defaults={"status": status})
    if created:
        membership.full_clean()
    return membership


@transaction.atomic
def membership_leave(*, user, group: Group) -> None:
    _membership_end(user=user, group=group)


@transaction.atomic
def membership_remove(*, actor, membership: Membership) -> None:
    require_moderator(actor, membership.group)
    _membership_end(user=membership.user, group=membership.group)
    log(actor=actor, action="membership_remove", group=membership.group, target_user=membership.user)


def _membership_end(*, user, group: Group) -> None:
    """Whoever leaves or is removed stops hearing from the group: its watches and undelivered notifications go.

    Mutes stay: in a public group they still keep replies and mentions quiet.
    """
    Membership.objects.filter(group=group, user=user).delete()
    Watch.objects.filter(Q(group=group) | Q(topic__group=group), user=user).exclude(level=WatchLevel.MUTED).delete()
    Notification.objects.filter(Q(post__topic__group=group) | Q(event__group=group), recipient=user).filter(
        Q(read_at__isnull=True) | Q(email_state__in=[Notification.EmailState.PENDING, Notification.EmailState.DIGEST])
    ).delete()


@transaction.atomic
def membership_approve(*, actor, membership: Membership) -> Membership:
    require_moderator(actor, membership.group)
    membership.status = Membership.Status.ACTIVE
    membership.full_clean()
    membership.save(update_fields=["status"])
    log(actor=actor, action="membership_approve", group=membership.group, target_user=membership.user)
    return membership
