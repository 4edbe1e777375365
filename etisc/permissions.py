"""Who may do what in a group. One place, used by pages, API and services alike."""

from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.utils import timezone

from etisc.models import Group, Membership, Post, Suspension, Topic
from inspire.accounts.models import is_curator


@dataclass(frozen=True)
class GroupAccess:
    group: Group
    membership: Membership | None
    is_global_moderator: bool
    signed_in: bool

    @property
    def is_member(self) -> bool:
        return bool(self.membership and self.membership.is_active)

    @property
    def is_pending(self) -> bool:
        return bool(self.membership and not self.membership.is_active)

    @property
    def is_moderator(self) -> bool:
        return self.is_global_moderator or bool(self.membership and self.membership.is_moderator)

    @property
    def can_view(self) -> bool:
        return self.group.is_public or self.is_member or self.is_moderator

    @property
    def can_post(self) -> bool:
        """Signed-in people post in public groups; only members in members-only groups."""
        if not self.signed_in:
            return False
        return self.group.is_public or self.is_member or self.is_moderator

    def can_reply(self, topic: Topic) -> bool:
        return self.can_post and (not topic.locked or self.is_moderator)

    def can_edit(self, post: Post, user) -> bool:
        if self.is_moderator:
            return True
        return self.can_post and post.author_id == user.pk and not post.topic.locked

    def can_view_history(self, post: Post) -> bool:
        """Once a moderator acted on a post its earlier texts may hold what they removed."""
        return self.is_moderator or post.moderated_at is None

    def can_view_topic(self, topic: Topic) -> bool:
        if topic.deleted_at is not None:
            return False
        return self.can_view and (not topic.hidden or self.is_moderator)


def group_access(*, user, group: Group) -> GroupAccess:
    membership = None
    if user.is_authenticated:
        membership = Membership.objects.filter(group=group, user=user).first()
    return _access(user, group, membership)


def _access(user, group: Group, membership: Membership | None) -> GroupAccess:
    return GroupAccess(
        group=group,
        membership=membership,
        is_global_moderator=is_curator(user),
        signed_in=user.is_authenticated,
    )


def readers(*, user_ids: Iterable[int], topic: Topic | None = None, group: Group | None = None) -> set[int]:
    """Of `user_ids`, those who may read `topic` (or, without one, `group`'s content) now; two queries."""
    user_ids = set(user_ids)
    group = topic.group if topic is not None else group
    if group is None or not user_ids:
        return user_ids
    memberships = {m.user_id: m for m in Membership.objects.filter(group=group, user_id__in=user_ids)}
    allowed = set()
    for user in get_user_model().objects.filter(pk__in=user_ids):
        access = _access(user, group, memberships.get(user.pk))
        if access.can_view_topic(topic) if topic is not None else access.can_view:
            allowed.add(user.pk)
    return allowed


def is_suspended(user) -> bool:
    return Suspension.objects.filter(user=user, until__gt=timezone.now()).exists()


def suspended_among(user_ids: Iterable[int]) -> set[int]:
    suspended = Suspension.objects.filter(user_id__in=list(user_ids), until__gt=timezone.now())
    return set(suspended.values_list("user_id", flat=True))
