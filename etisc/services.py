"""Every write of the eTISC app. Pages, API, admin and tasks call these; none writes on its own."""

import logging
import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F, Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from etisc.models import (
    Event,
    ExpertSession,
    Group,
    Membership,
    ModerationLog,
    NewsItem,
    Notification,
    NotificationPreference,
    Post,
    PostRevision,
    Question,
    QuestionVote,
    Report,
    Suspension,
    Tag,
    Topic,
    TopicRead,
    Watch,
    WatchLevel,
)
from etisc.permissions import GroupAccess, group_access, is_suspended, readers, suspended_among
from inspire.content.seeding import Seeder
from inspire.markdown import render_markdown

if TYPE_CHECKING:
    from etisc.content.schema import DemoEvent, DemoGroup, DemoNews, DemoQuestion, DemoSession, DemoTopic, DemoUser

logger = logging.getLogger(__name__)
User = get_user_model()

MENTION_RE = re.compile(r"(?<![\w@/])@([\w.+-]{1,150})")
LINK_RE = re.compile(r"https?://", re.IGNORECASE)
# New accounts: limits until they have read and taken part a little.
NEW_USER_MAX_LINKS = 2
NEW_USER_MAX_MENTIONS = 2
NEW_USER_MAX_TOPICS_PER_DAY = 3
TRUSTED_AFTER_READS = 3
TRUSTED_AFTER_POSTS = 3
MAX_MENTIONS = 10


# Group membership -----------------------------------------------------------------------------


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
    _require_moderator(actor, membership.group)
    _membership_end(user=membership.user, group=membership.group)
    _log(actor=actor, action="membership_remove", group=membership.group, target_user=membership.user)


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
    _require_moderator(actor, membership.group)
    membership.status = Membership.Status.ACTIVE
    membership.full_clean()
    membership.save(update_fields=["status"])
    _log(actor=actor, action="membership_approve", group=membership.group, target_user=membership.user)
    return membership


# Topics and posts -----------------------------------------------------------------------------


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise PermissionDenied(message)


def _require_moderator(actor, group: Group) -> GroupAccess:
    access = group_access(user=actor, group=group)
    _require(access.is_moderator, _("Only moderators of this group can do that."))
    return access


def _require_poster(user, group: Group) -> GroupAccess:
    access = group_access(user=user, group=group)
    _require(access.can_post, _("Only members can post in this group."))
    _require(not is_suspended(user), _("Your account is suspended from posting."))
    return access


def _is_new_user(user) -> bool:
    if user.date_joined <= timezone.now() - timedelta(days=1):
        return False
    has_read = TopicRead.objects.filter(user=user).count() >= TRUSTED_AFTER_READS
    has_posted = Post.objects.filter(author=user, status=Post.Status.PUBLISHED).count() >= TRUSTED_AFTER_POSTS
    return not (has_read and has_posted)


def _mentioned_names(body: str) -> set[str]:
    return {name.rstrip(".") for name in MENTION_RE.findall(body)}


def _check_body(*, user, body: str, access: GroupAccess, new_user: bool) -> None:
    if not body.strip():
        raise ValidationError({"body": _("Write something first.")})
    if access.is_moderator:
        return
    mentions = len(_mentioned_names(body))
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


def _topic_counters_refresh(topic: Topic) -> None:
    last = topic.posts.published().order_by("-number").first()
    topic.post_count = topic.posts.published().count()
    topic.last_post_number = last.number if last else 0
    topic.last_post_at = last.created_at if last else topic.created_at
    topic.last_post_author_id = last.author_id if last else None
    topic.save(update_fields=["post_count", "last_post_number", "last_post_at", "last_post_author"])


def _tags_from_names(names: Iterable[str]) -> list[Tag]:
    from django.utils.text import slugify

    tags = []
    for name in {n.strip() for n in names if n.strip()}:
        slug = slugify(name)[:50]
        if slug:
            tags.append(Tag.objects.get_or_create(slug=slug, defaults={"name": name[:60]})[0])
    return tags


@transaction.atomic
def topic_create(*, user, group: Group, title: str, body: str, tags: Iterable[str] = ()) -> Topic:
    access = _require_poster(user, group)
    new_user = not access.is_moderator and _is_new_user(user)
    if new_user:
        since = timezone.now() - timedelta(days=1)
        if Topic.objects.filter(author=user, created_at__gte=since).count() >= NEW_USER_MAX_TOPICS_PER_DAY:
            raise ValidationError(
                _("New members can start at most %(n)d topics a day.") % {"n": NEW_USER_MAX_TOPICS_PER_DAY}
            )
    _check_body(user=user, body=body, access=access, new_user=new_user)
    topic = Topic(group=group, title=title.strip(), author=user)
    topic.full_clean()
    topic.save()
    topic.tags.set(_tags_from_names(tags))
    Watch.objects.get_or_create(user=user, topic=topic, defaults={"level": WatchLevel.WATCHING})
    _post_add(user=user, topic=topic, body=body, reply_to=None, access=access, new_user=new_user)
    topic.refresh_from_db()
    return topic


@transaction.atomic
def post_create(*, user, topic: Topic, body: str, reply_to: Post | None = None) -> Post:
    access = _require_poster(user, topic.group)
    _require(access.can_view_topic(topic), _("This topic is not available."))
    _require(access.can_reply(topic), _("This topic is locked."))
    if reply_to is not None and reply_to.topic_id != topic.pk:
        raise ValidationError({"reply_to": _("You can only quote a post of the same topic.")})
    new_user = not access.is_moderator and _is_new_user(user)
    _check_body(user=user, body=body, access=access, new_user=new_user)
    post = _post_add(user=user, topic=topic, body=body, reply_to=reply_to, access=access, new_user=new_user)
    Watch.objects.get_or_create(user=user, topic=topic, defaults={"level": WatchLevel.TRACKING})
    return post


def _post_add(*, user, topic: Topic, body: str, reply_to: Post | None, access: GroupAccess, new_user: bool) -> Post:
    # Lock the topic row so concurrent replies get distinct numbers and counters stay right.
    locked_topic = Topic.objects.select_for_update().get(pk=topic.pk)
    number = (locked_topic.posts.aggregate(n=Max("number"))["n"] or 0) + 1
    held = new_user and topic.group.hold_new_user_posts
    post = Post(
        topic=locked_topic,
        author=user,
        number=number,
        reply_to=reply_to,
        body=body,
        body_html=render_markdown(body),
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
        _post_notify(post)
    return post


@transaction.atomic
def post_edit(*, user, post: Post, body: str) -> Post:
    access = group_access(user=user, group=post.topic.group)
    _require(access.can_edit(post, user), _("Only the author or a moderator can edit this post."))
    _require(access.is_moderator or not is_suspended(user), _("Your account is suspended from posting."))
    _check_body(user=user, body=body, access=access, new_user=not access.is_moderator and _is_new_user(user))
    if body == post.body:
        return post
    PostRevision.objects.create(post=post, body=post.body, edited_by=user)
    post.body = body
    post.body_html = render_markdown(body)
    post.edited_at = timezone.now()
    by_moderator = access.is_moderator and post.author_id != user.pk
    if by_moderator:
        _mark_moderated(post)
    post.full_clean()
    post.save(update_fields=["body", "body_html", "edited_at", "moderated_at"])
    if by_moderator:
        _log(actor=user, action="post_edit", group=post.topic.group, topic=post.topic, post=post)
    return post


def _mark_moderated(post: Post) -> None:
    post.moderated_at = post.moderated_at or timezone.now()


@transaction.atomic
def post_delete(*, user, post: Post) -> None:
    """Soft delete: the row and its history stay for moderators and the audit log."""
    access = group_access(user=user, group=post.topic.group)
    _require(access.can_edit(post, user), _("Only the author or a moderator can delete this post."))
    by_moderator = access.is_moderator and post.author_id != user.pk
    post.deleted_at = timezone.now()
    if by_moderator:
        _mark_moderated(post)
    post.save(update_fields=["deleted_at", "moderated_at"])
    topic = post.topic
    if post.number == 1:
        topic.deleted_at = post.deleted_at
        topic.save(update_fields=["deleted_at"])
    _topic_counters_refresh(topic)
    if by_moderator:
        _log(actor=user, action="post_delete", group=topic.group, topic=topic, post=post)


@transaction.atomic
def post_moderate(*, actor, post: Post, action: str, note: str = "") -> Post:
    """hide, restore or approve (a held post) one post."""
    _require_moderator(actor, post.topic.group)
    statuses = {"hide": Post.Status.HIDDEN, "restore": Post.Status.PUBLISHED, "approve": Post.Status.PUBLISHED}
    if action not in statuses:
        raise ValidationError({"action": _("Unknown moderation action.")})
    was_held = post.status == Post.Status.HELD
    post.status = statuses[action]
    if action == "hide":
        _mark_moderated(post)
    post.save(update_fields=["status", "moderated_at"])
    _topic_counters_refresh(post.topic)
    if action == "approve" and was_held:
        if post.number == 1:
            # Saved on the loaded topic: the notifications below check who may read it.
            post.topic.hidden = False
            post.topic.save(update_fields=["hidden"])
        _post_notify(post)
    if action != "hide":
        Report.objects.filter(post=post, status=Report.Status.OPEN).update(status=Report.Status.RESOLVED)
    _log(actor=actor, action=f"post_{action}", group=post.topic.group, topic=post.topic, post=post, note=note)
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
    _require_moderator(actor, topic.group)
    if action not in TOPIC_ACTIONS:
        raise ValidationError({"action": _("Unknown moderation action.")})
    field, value = TOPIC_ACTIONS[action]
    setattr(topic, field, value)
    topic.save(update_fields=[field])
    _log(actor=actor, action=f"topic_{action}", group=topic.group, topic=topic, note=note)
    return topic


@transaction.atomic
def topic_move(*, actor, topic: Topic, group: Group, note: str = "") -> Topic:
    _require_moderator(actor, topic.group)
    _require_moderator(actor, group)
    source = topic.group
    topic.group = group
    topic.save(update_fields=["group"])
    _log(actor=actor, action="topic_move", group=group, topic=topic, note=note or f"from {source.slug}")
    return topic


@transaction.atomic
def report_create(*, user, post: Post, reason: str) -> Report:
    access = group_access(user=user, group=post.topic.group)
    _require(access.signed_in and access.can_view_topic(post.topic), _("You cannot report this post."))
    report = Report(post=post, reporter=user, reason=reason.strip())
    report.full_clean()
    report.save()
    return report


@transaction.atomic
def report_resolve(*, actor, report: Report) -> Report:
    _require_moderator(actor, report.post.topic.group)
    report.status = Report.Status.RESOLVED
    report.save(update_fields=["status"])
    _log(actor=actor, action="report_resolve", group=report.post.topic.group, post=report.post)
    return report


@transaction.atomic
def user_suspend(*, actor, user, days: int, reason: str) -> Suspension:
    _require(actor.is_curator, _("Only curators and staff can suspend accounts."))
    suspension = Suspension(user=user, until=timezone.now() + timedelta(days=days), reason=reason, created_by=actor)
    suspension.full_clean()
    suspension.save()
    _log(actor=actor, action="user_suspend", target_user=user, note=f"{days} days: {reason}")
    return suspension


def _log(*, actor, action: str, group=None, topic=None, post=None, target_user=None, note: str = "") -> None:
    ModerationLog.objects.create(
        actor=actor, action=action, group=group, topic=topic, post=post, target_user=target_user, note=note
    )


# Reading and watching -------------------------------------------------------------------------


def topic_mark_read(*, user, topic: Topic, number: int, previous: int | None) -> None:
    """Remember how far `user` read; one upsert at most, none when nothing new was read."""
    if previous is not None and number <= previous:
        return
    TopicRead.objects.bulk_create(
        [TopicRead(user=user, topic=topic, last_read_number=number)],
        update_conflicts=True,
        unique_fields=["user", "topic"],
        update_fields=["last_read_number"],
    )


@transaction.atomic
def watch_set(*, user, level: str, topic: Topic | None = None, group: Group | None = None) -> Watch:
    if (topic is None) == (group is None):
        raise ValidationError(_("Choose a topic or a group to watch."))
    watch, _created = Watch.objects.update_or_create(user=user, topic=topic, group=group, defaults={"level": level})
    watch.full_clean()
    return watch


# Notifications --------------------------------------------------------------------------------


def _effective_levels(topic: Topic) -> dict[int, str]:
    """user id → watching level for this topic: the topic's own level wins over its group's."""
    levels = dict(Watch.objects.filter(group=topic.group_id).values_list("user_id", "level"))
    levels.update(Watch.objects.filter(topic=topic).values_list("user_id", "level"))
    return levels


def _post_notify(post: Post) -> None:
    topic = post.topic
    levels = _effective_levels(topic)
    wanted: dict[int, str] = {}
    for user_id, level in levels.items():
        if level == WatchLevel.WATCHING:
            wanted[user_id] = Notification.Kind.WATCHED
    replied_to = post.reply_to.author_id if post.reply_to_id else (topic.author_id if post.number > 1 else None)
    if replied_to:
        wanted[replied_to] = Notification.Kind.REPLY
    names = _mentioned_names(post.body)
    if names:
        mentioned = User.objects.filter(username__in=names, is_active=True)
        for user_id in mentioned.values_list("pk", flat=True):
            wanted[user_id] = Notification.Kind.MENTION
    wanted.pop(post.author_id, None)
    recipients = {uid: kind for uid, kind in wanted.items() if levels.get(uid) != WatchLevel.MUTED}
    verbs = {
        Notification.Kind.WATCHED: _("%(actor)s posted in “%(topic)s”"),
        Notification.Kind.REPLY: _("%(actor)s replied to you in “%(topic)s”"),
        Notification.Kind.MENTION: _("%(actor)s mentioned you in “%(topic)s”"),
    }
    texts = {kind: verb % {"actor": post.author.display_name, "topic": topic.title} for kind, verb in verbs.items()}
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

    Only those who may read `post` or `event` hear of it, and suspended accounts hear nothing.
    """
    if post is not None:
        allowed = readers(user_ids=recipients, topic=post.topic)
    else:
        allowed = readers(user_ids=recipients, group=event.group if event is not None else None)
    allowed -= suspended_among(allowed)
    recipients = {user_id: kind for user_id, kind in recipients.items() if user_id in allowed}
    if not recipients:
        return []
    preferences = {p.user_id: p for p in NotificationPreference.objects.filter(user_id__in=recipients)}
    default = NotificationPreference()
    states = {
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
            subject=f"[INSPIRE eTISC] {notification.text}",
            message=_notification_mail_body([notification]),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[recipient.email],
        )
        notification.email_state = Notification.EmailState.SENT
        notification.emailed_at = timezone.now()
        notification.save(update_fields=["email_state", "emailed_at"])
    return True


def _still_readable(recipient, notifications: list[Notification]) -> list[Notification]:
    """Those of `notifications` the recipient may read now: access can end between queueing and sending."""
    if is_suspended(recipient):
        return []
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
                    subject=_("[INSPIRE eTISC] Your daily digest: %(n)d notifications") % {"n": len(readable)},
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


# Ask the Expert -------------------------------------------------------------------------------


@transaction.atomic
def question_create(*, user, session: ExpertSession, body: str) -> Question:
    _require(user.is_authenticated, _("Sign in to ask a question."))
    _require(not is_suspended(user), _("Your account is suspended from posting."))
    if not session.is_open():
        raise ValidationError(_("This session is not taking questions."))
    question = Question(session=session, author=user, body=body.strip())
    question.full_clean()
    question.save()
    return question


@transaction.atomic
def question_vote(*, user, question: Question) -> bool:
    """Toggle the user's vote; returns whether the user now votes for the question."""
    _require(user.is_authenticated, _("Sign in to vote."))
    _require(question.author_id != user.pk, _("You cannot vote for your own question."))
    deleted, _details = QuestionVote.objects.filter(question=question, user=user).delete()
    if deleted:
        Question.objects.filter(pk=question.pk).update(vote_count=F("vote_count") - 1)
        return False
    QuestionVote.objects.create(question=question, user=user)
    Question.objects.filter(pk=question.pk).update(vote_count=F("vote_count") + 1)
    return True


@transaction.atomic
def question_answer(*, user, question: Question, answer: str) -> Question:
    _require(question.session.expert_id == user.pk, _("Only the session's expert can answer."))
    if not answer.strip():
        raise ValidationError({"answer": _("Write an answer first.")})
    question.answer = answer.strip()
    question.answered_at = timezone.now()
    question.full_clean()
    question.save(update_fields=["answer", "answered_at"])
    text = _("%(expert)s answered your question in “%(session)s”") % {
        "expert": user.display_name,
        "session": question.session.title,
    }
    notifications_create(
        recipients={question.author_id: Notification.Kind.ANSWER},
        actor=user,
        texts={Notification.Kind.ANSWER: text},
        url=f"{question.session.get_absolute_url()}#question-{question.pk}",
    )
    return question


@transaction.atomic
def question_accept(*, user, question: Question) -> Question:
    _require(question.author_id == user.pk, _("Only the person who asked can accept the answer."))
    if not question.answer:
        raise ValidationError(_("There is no answer to accept yet."))
    question.accepted = True
    question.save(update_fields=["accepted"])
    return question


# News and events ------------------------------------------------------------------------------


@transaction.atomic
def event_announce(*, event: Event) -> list[Notification]:
    """Tell the members and watchers of the event's group, except those who muted the group."""
    if event.group_id is None:
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
    text = _("New event in %(group)s: %(title)s") % {"group": event.group.name, "title": event.title}
    return notifications_create(
        recipients=dict.fromkeys(followers, Notification.Kind.EVENT),
        actor=None,
        texts={Notification.Kind.EVENT: text},
        url=event.get_absolute_url(),
        event=event,
    )


# Demo content (etisc/content/demo.yaml) -------------------------------------------------------
# Accounts, topics and questions are written once and are the community's from then on. Groups,
# memberships, the session, events and news are seeded (inspire.content.seeding), so a moderator's
# edit is kept; each seed returns None when a curator deleted the row.


def _utc(moment: datetime) -> datetime:
    # The database hands datetimes back in UTC; comparing in UTC keeps a reload from seeing a change.
    return moment.astimezone(UTC)


@transaction.atomic
def demo_user_create(*, entry: "DemoUser", date_joined: datetime) -> User:
    """A demo account that cannot sign in; an existing account is left as staff keep it."""
    user = User.objects.filter(username=entry.username).first()
    if user is None:
        user = User(
            username=entry.username,
            first_name=entry.first_name,
            last_name=entry.last_name,
            role=entry.role,
            date_joined=date_joined,
        )
        user.set_unusable_password()
        user.full_clean()
        user.save()
    return user


@transaction.atomic
def group_seed(*, entry: "DemoGroup", users: dict[str, User], seeder: Seeder) -> Group | None:
    values = {"name": entry.name, "description": entry.description, "visibility": entry.visibility, "is_demo": True}
    group = seeder.seed(Group, key=f"etisc/groups/{entry.slug}", lookup={"slug": entry.slug}, values=values)
    if group is None:
        return None
    roles = [(Membership.Role.MODERATOR, entry.moderators), (Membership.Role.MEMBER, entry.members)]
    for role, usernames in roles:
        for username in usernames:
            seeder.seed(
                Membership,
                key=f"etisc/groups/{entry.slug}/members/{username}",
                lookup={"group": group, "user": users[username]},
                values={"role": role, "status": Membership.Status.ACTIVE},
            )
    return group


@transaction.atomic
def demo_topic_create(*, entry: "DemoTopic", group: Group, users: dict[str, User]) -> Topic | None:
    """The topic and its replies, unless the group already has a topic of that title."""
    if Topic.objects.filter(group=group, title=entry.title).exists():
        return None
    topic = topic_create(user=users[entry.author], group=group, title=entry.title, body=entry.body, tags=entry.tags)
    for reply in entry.replies:
        post_create(user=users[reply.author], topic=topic, body=reply.body)
    return topic


@transaction.atomic
def expert_session_seed(*, entry: "DemoSession", expert: User, seeder: Seeder) -> ExpertSession | None:
    if not expert.is_expert:
        raise ValidationError({"expert": _("The session's expert must have the expert role.")})
    values = {
        "title": entry.title,
        "theme": entry.theme,
        "description": entry.description,
        "expert": expert,
        "opens_at": _utc(entry.opens_at),
        "closes_at": _utc(entry.closes_at),
        "is_demo": True,
    }
    return seeder.seed(ExpertSession, key=f"etisc/sessions/{entry.slug}", lookup={"slug": entry.slug}, values=values)


@transaction.atomic
def demo_question_create(*, entry: "DemoQuestion", session: ExpertSession, users: dict[str, User]) -> Question | None:
    """The question with its votes, answer and acceptance, unless the session already has it.

    Written directly rather than through question_create: a demo session may be loaded after it closed."""
    if Question.objects.filter(session=session, body=entry.body).exists():
        return None
    question = Question(session=session, author=users[entry.author], body=entry.body)
    question.full_clean()
    question.save()
    for username in entry.voters:
        question_vote(user=users[username], question=question)
    if entry.answer:
        question = question_answer(user=session.expert, question=question, answer=entry.answer)
    if entry.accepted:
        question_accept(user=question.author, question=question)
    return question


@transaction.atomic
def event_seed(*, entry: "DemoEvent", group: Group | None, seeder: Seeder) -> Event | None:
    values = {
        "title": entry.title,
        "kind": entry.kind,
        "description": entry.description,
        "starts_at": _utc(entry.starts_at),
        "ends_at": _utc(entry.ends_at),
        "timezone": entry.timezone,
        "venue": entry.venue,
        "group": group,
        "is_demo": True,
    }
    return seeder.seed(Event, key=f"etisc/events/{entry.slug}", lookup={"slug": entry.slug}, values=values)


@transaction.atomic
def news_seed(*, entry: "DemoNews", seeder: Seeder) -> NewsItem | None:
    values = {
        "title": entry.title,
        "body": entry.body,
        "published_on": entry.published_on,
        "source_url": entry.source,
        "reviewed_on": entry.reviewed_on,
        "is_demo": True,
    }
    return seeder.seed(NewsItem, key=f"etisc/news/{entry.slug}", lookup={"slug": entry.slug}, values=values)
