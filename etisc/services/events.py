"""Announcing events to the members who watch their group."""

from typing import TYPE_CHECKING

from django.db import transaction
from django.utils.translation import gettext as _

from etisc.models import (
    Event,
    Membership,
    Notification,
    Watch,
    WatchLevel,
)

if TYPE_CHECKING:
    pass
from etisc.services.notifications import notifications_create


@transaction.atomic
def event_announce(*, event: Event) -> list[Notification]:
    """Tell the members and watchers of the event's group, except those who muted the group."""
    group = event.group
    if group is None:
        return []
    members = set(
        Membership.objects.filter(group=event.group_id, status=Membership.Status.ACTIVE).values_list(
            "user_id", flat=True
        )
    )
    levels = dict(Watch.objects.filter(group=event.group_id).values_list("user_id", "level"))
    followers = (members | {uid for uid, level in levels.items() if level != WatchLevel.NORMAL}) - {
        uid for uid, level in levels.items() if level == WatchLevel.MUTED
    }
    text = _("New event in %(group)s: %(title)s") % {"group": group.name, "title": event.title}
    return notifications_create(
        recipients=dict.fromkeys(followers, Notification.Kind.EVENT),
        actor=None,
        texts={Notification.Kind.EVENT: text},
        url=event.get_absolute_url(),
        event=event,
    )
