"""Watches, notifications, their e-mails and digests; access is checked again at send time."""

import logging
from collections.abc import Iterable
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from etisc.markup import post_mentions
from etisc.models import (
    Event,
    Group,
    Notification,
    NotificationPreference,
    Post,
    Topic,
    Watch,
    WatchLevel,
)
from etisc.permissions import is_suspended, readers, suspended_among
from inspire.accounts.models import User

logger = logging.getLogger(__name__)


@transaction.atomic
def watch_set(*, user, level: str, topic: Topic | None = None, group: Group | None = None) -> Watch:
    if (topic is None) == (group is None):
        raise ValidationError(_("Choose a topic or a group to watch."))
    watch, _created = Watch.objects.update_or_create(user=user, topic=topic, group=group, defaults={"level": level})
    watch.full_clean()
    return watch


def _effective_levels(topic: Topic) -> dict[int, str]:
    """user id → watching level for this topic: the topic's own level wins over its group's."""
    levels = dict(Watch.objects.filter(group=topic.group_id).values_list("user_id", "level"))
    levels.update(Watch.objects.filter(topic=topic).values_list("user_id", "level"))
    return levels


def post_notify(post: Post, *, mentions: set[str] | None = None) -> None:
    """`mentions`: the members the post's HTML links, when the caller has just rendered it."""
    topic = post.topic
    levels = _effective_levels(topic)
    wanted: dict[int, str] = {}
    for user_id, level in levels.items():
        if level == WatchLevel.WATCHING:
            wanted[user_id] = Notification.Kind.WATCHED
    replied_to = post.reply_to.author_id if post.reply_to else (topic.author_id if post.number > 1 else None)
    if replied_to:
        wanted[replied_to] = Notification.Kind.REPLY
    if mentions is None:
        mentions = post_mentions(post.body)
    wanted.update(dict.fromkeys(_mentioned_ids(mentions), Notification.Kind.MENTION))
    _post_notifications_create(post=post, wanted=wanted, levels=levels)


def post_mentions_notify(*, post: Post, mentions: set[str], before: str) -> None:
    """After an edit: tell the members it now mentions (`mentions`) and did not before (no one hears twice)."""
    added = mentions - post_mentions(before)
    if added:
        wanted: dict[int, str] = dict.fromkeys(_mentioned_ids(added), Notification.Kind.MENTION)
        _post_notifications_create(post=post, wanted=wanted, levels=_effective_levels(post.topic))


def _mentioned_ids(names: set[str]) -> list[int]:
    if not names:
        return []
    return list(User.objects.filter(username__in=names, is_active=True).values_list("pk", flat=True))


def _post_notifications_create(*, post: Post, wanted: dict[int, str], levels: dict[int, str]) -> None:
    """Notify `wanted` (user id → kind) of the post, leaving out its author and those who muted the topic."""
    wanted.pop(post.author_id, None)
    recipients = {uid: kind for uid, kind in wanted.items() if levels.get(uid) != WatchLevel.MUTED}
    verbs: dict[str, str] = {
        Notification.Kind.WATCHED: _("%(actor)s posted in “%(topic)s”"),
        Notification.Kind.REPLY: _("%(actor)s replied to you in “%(topic)s”"),
        Notification.Kind.MENTION: _("%(actor)s mentioned you in “%(topic)s”"),
    }
    texts = {
        kind: verb % {"actor": post.author.display_name, "topic": post.topic.title} for kind, verb in verbs.items()
    }
    notifications_create(recipients=recipients, actor=post.author, texts=texts, url=post.get_absolute_url(), post=post)


def notifications_create(
    *,
    recipients: dict[int, str],
    actor,
    texts: dict[str, str],
    url: str,
    post: Post | None = None,
    event: Event | None = None,
) -> list[Notification]:
    """In-site rows now, in the caller's transaction; e-mails queued once that transaction commits.

    Only those who may read `post` or `event` hear of it, and accounts suspended from eTISC hear
    nothing of its posts and events. Notices about public pages (a revised report) need neither.
    """
    if post is not None:
        allowed = readers(user_ids=recipients, topic=post.topic)
    elif event is not None:
        allowed = readers(user_ids=recipients, group=event.group)
    else:
        allowed = set(recipients)
    if post is not None or event is not None:
        allowed -= suspended_among(allowed)
    recipients = {user_id: kind for user_id, kind in recipients.items() if user_id in allowed}
    if not recipients:
        return []
    preferences = {p.user_id: p for p in NotificationPreference.objects.filter(user_id__in=recipients)}
    default = NotificationPreference()
    states: dict[str, str] = {
        NotificationPreference.EmailMode.IMMEDIATE: Notification.EmailState.PENDING,
        NotificationPreference.EmailMode.DAILY: Notification.EmailState.DIGEST,
        NotificationPreference.EmailMode.OFF: Notification.EmailState.SKIPPED,
    }
    rows = []
    for user_id, kind in recipients.items():
        preference = preferences.get(user_id, default)
        if not preference.wants(kind):
            continue
        rows.append(
            Notification(
                recipient_id=user_id,
                kind=kind,
                actor=actor,
                text=texts[kind][:300],
                url=url,
                post=post,
                event=event,
                email_state=states[preference.email_mode],
            )
        )
    created = Notification.objects.bulk_create(rows)
    pending = [n.pk for n in created if n.email_state == Notification.EmailState.PENDING]
    if pending:
        transaction.on_commit(lambda: notification_emails_queue(notification_ids=pending))
    return created


def notification_emails_queue(*, notification_ids: Iterable[int]) -> int:
    """Hand e-mails to the broker. A broker outage loses nothing: rows stay pending for the retry task."""
    from kombu.exceptions import OperationalError

    # Imported here because tasks import this module.
    from etisc.tasks import notification_email_send

    queued = 0
    for notification_id in notification_ids:
        try:
            notification_email_send.apply_async(args=[notification_id], retry=False)
            queued += 1
        except (OperationalError, OSError) as error:
            logger.warning("eTISC: e-mail for notification %s not queued (%s); will retry", notification_id, error)
    return queued


def notification_email_send(*, notification_id: int) -> bool:
    """Send one pending notification by e-mail; idempotent, a second call sends nothing."""
    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update()
            .select_related("recipient")
            .filter(pk=notification_id, email_state=Notification.EmailState.PENDING)
            .first()
        )
        if notification is None:
            return False
        recipient = notification.recipient
        if not recipient.email or not _still_readable(recipient, [notification]):
            notification.email_state = Notification.EmailState.SKIPPED
            notification.save(update_fields=["email_state"])
            return False
        send_mail(
            subject=f"{_subject_prefix(notification)} {notification.text}",
            message=_notification_mail_body([notification]),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[recipient.email],
        )
        notification.email_state = Notification.EmailState.SENT
        notification.emailed_at = timezone.now()
        notification.save(update_fields=["email_state", "emailed_at"])
    return True


def _subject_prefix(notification: Notification) -> str:
    return "[INSPIRE]" if notification.post_id is None and notification.event_id is None else "[INSPIRE eTISC]"


def _still_readable(recipient, notifications: list[Notification]) -> list[Notification]:
    """Those of `notifications` the recipient may read now: access can end between queueing and sending."""
    if is_suspended(recipient):
        notifications = [n for n in notifications if n.post_id is None and n.event_id is None]
    post_ids = {n.post_id for n in notifications if n.post_id}
    event_ids = {n.event_id for n in notifications if n.event_id}
    posts = set(Post.objects.visible_to(recipient).filter(pk__in=post_ids).values_list("pk", flat=True))
    events = set(Event.objects.visible_to(recipient).filter(pk__in=event_ids).values_list("pk", flat=True))
    return [
        n
        for n in notifications
        if (n.post_id is None or n.post_id in posts) and (n.event_id is None or n.event_id in events)
    ]


def _notification_mail_body(notifications: list[Notification]) -> str:
    base = settings.SITE_URL
    lines = [f"- {n.text}\n  {base}{n.url}" for n in notifications]
    footer = _("Change what you receive on your eTISC notification settings page.")
    return "\n".join(lines) + f"\n\n{footer}\n"


def notifications_retry_unsent(*, older_than: timedelta = timedelta(minutes=2)) -> int:
    ids = Notification.objects.filter(
        email_state=Notification.EmailState.PENDING, created_at__lt=timezone.now() - older_than
    ).values_list("pk", flat=True)[:500]
    return notification_emails_queue(notification_ids=list(ids))


def digests_send() -> int:
    """One e-mail per user with every notification waiting for the daily digest."""
    sent = 0
    waiting = Notification.objects.filter(email_state=Notification.EmailState.DIGEST).select_related("recipient")
    by_user: dict[int, list[Notification]] = {}
    for notification in waiting.order_by("created_at"):
        by_user.setdefault(notification.recipient_id, []).append(notification)
    for notifications in by_user.values():
        recipient = notifications[0].recipient
        readable = _still_readable(recipient, notifications)
        with transaction.atomic():
            if recipient.email and readable:
                send_mail(
                    subject=ngettext(
                        "[INSPIRE eTISC] Your daily digest: %(n)d notification",
                        "[INSPIRE eTISC] Your daily digest: %(n)d notifications",
                        len(readable),
                    )
                    % {"n": len(readable)},
                    message=_notification_mail_body(readable),
                    from_email=settings.DEFAULT_FROM_EMAIL,
                    recipient_list=[recipient.email],
                )
                sent += 1
            Notification.objects.filter(pk__in=[n.pk for n in readable]).update(
                email_state=Notification.EmailState.SENT, emailed_at=timezone.now()
            )
            Notification.objects.filter(pk__in=[n.pk for n in notifications]).exclude(
                pk__in=[n.pk for n in readable]
            ).update(email_state=Notification.EmailState.SKIPPED)
    return sent


def notifications_mark_read(*, user, notification_ids: Iterable[int] | None = None) -> int:
    unread = Notification.objects.filter(recipient=user, read_at__isnull=True)
    if notification_ids is not None:
        unread = unread.filter(pk__in=list(notification_ids))
    return unread.update(read_at=timezone.now())


@transaction.atomic
def preference_update(*, user, **values) -> NotificationPreference:
    preference, _created = NotificationPreference.objects.get_or_create(user=user)
    for field, value in values.items():
        setattr(preference, field, value)
    preference.full_clean()
    preference.save()
    return preference
