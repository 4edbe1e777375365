"""Reads of the eTISC app, shaped for pages and the API with a fixed number of queries."""

from collections.abc import Iterable

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser, AnonymousUser
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.db.models.functions import ExtractYear

from etisc.models import (
    Event,
    ExpertSession,
    Group,
    Membership,
    ModerationLog,
    NewsItem,
    Notification,
    Post,
    Question,
    QuestionVote,
    Report,
    Topic,
    TopicRead,
    Watch,
    WatchLevel,
)

TOPIC_LIST_RELATED = ("group", "author", "last_post_author")


def groups_listed() -> QuerySet[Group]:
    """Every group, members-only ones too, so people can find them and ask to join; their topics stay private."""
    return Group.objects.order_by("name")


def topics_for_group(*, group: Group, moderator: bool) -> QuerySet[Topic]:
    topics = group.topics.filter(deleted_at__isnull=True)
    if not moderator:
        topics = topics.filter(hidden=False)
    return topics.select_related(*TOPIC_LIST_RELATED).prefetch_related("tags").order_by("-pinned", "-last_post_at")


def topics_visible(*, user, tag: str = "", query: str = "", author: str = "") -> QuerySet[Topic]:
    topics = Topic.objects.visible_to(user)
    if tag:
        topics = topics.filter(tags__slug=tag)
    if author:
        # Only posts this reader could see count: a held or hidden post must not reveal its topic.
        posts_by_author = Post.objects.visible_to(user).filter(topic=OuterRef("pk"), author__username=author)
        topics = topics.filter(Exists(posts_by_author))
    if query:
        topics = topics.filter(Q(title__icontains=query) | Q(posts__body__icontains=query)).distinct()
    return topics.select_related(*TOPIC_LIST_RELATED).prefetch_related("tags").order_by("-pinned", "-last_post_at")


def topics_recent_public(limit: int = 5) -> list[Topic]:
    """For the home page: newest activity in public groups only."""
    return list(Topic.objects.public().select_related(*TOPIC_LIST_RELATED).order_by("-last_post_at")[:limit])


def unread_markers(*, user, topics) -> dict[int, str | int]:
    """topic id → "new" (never opened), "unread", or the count of unread posts where the user tracks or watches.

    Two queries for a whole page of topics; topics read to the end have no marker.
    """
    if not user.is_authenticated:
        return {}
    topics = list(topics)
    read = dict(
        TopicRead.objects.filter(user=user, topic_id__in=[t.pk for t in topics]).values_list(
            "topic_id", "last_read_number"
        )
    )
    watches = Watch.objects.filter(user=user).filter(
        Q(topic_id__in=[t.pk for t in topics]) | Q(group_id__in={t.group_id for t in topics})
    )
    topic_levels, group_levels = {}, {}
    for watch in watches:
        if watch.topic_id:
            topic_levels[watch.topic_id] = watch.level
        else:
            group_levels[watch.group_id] = watch.level
    counted = {WatchLevel.TRACKING, WatchLevel.WATCHING}
    markers: dict[int, str | int] = {}
    for topic in topics:
        last = read.get(topic.pk)
        if last is None:
            markers[topic.pk] = "new"
        elif last < topic.last_post_number:
            level = topic_levels.get(topic.pk) or group_levels.get(topic.group_id)
            markers[topic.pk] = topic.last_post_number - last if level in counted else "unread"
    return markers


def thread_posts(*, topic: Topic, user, moderator: bool) -> QuerySet[Post]:
    posts = topic.posts.filter(deleted_at__isnull=True)
    if not moderator:
        visible = Q(status=Post.Status.PUBLISHED)
        if user.is_authenticated:
            visible |= Q(status=Post.Status.HELD, author=user)
        posts = posts.filter(visible)
    return posts.select_related("author", "reply_to__author").order_by("number")


def active_usernames(*, names: Iterable[str]) -> set[str]:
    """Those of `names` that are usernames of active accounts; one query, none without names."""
    names = set(names)
    if not names:
        return set()
    members = get_user_model().objects.filter(username__in=names, is_active=True)
    return set(members.values_list("username", flat=True))


def member_named(*, username: str) -> AbstractUser | None:
    """The active account with this username, or None."""
    return get_user_model().objects.filter(username=username, is_active=True).first()


def topic_detail(*, pk: int) -> Topic:
    return Topic.objects.select_related("group", "author").prefetch_related("tags").get(pk=pk)


def read_position(*, user, topic: Topic) -> int | None:
    return TopicRead.objects.filter(user=user, topic=topic).values_list("last_read_number", flat=True).first()


def watch_level(*, user, topic: Topic | None = None, group: Group | None = None) -> str:
    """The level that applies: the topic's own, else its group's, else normal."""
    if not user.is_authenticated:
        return WatchLevel.NORMAL
    if group is not None:
        group_id = group.pk
    elif topic is not None:
        group_id = topic.group_id
    else:
        raise TypeError("watch_level() needs a topic or a group")
    condition = Q(group_id=group_id, topic__isnull=True)
    if topic is not None:
        condition |= Q(topic=topic)
    levels = {("topic" if w.topic_id else "group"): w.level for w in Watch.objects.filter(condition, user=user)}
    return levels.get("topic") or levels.get("group") or WatchLevel.NORMAL


def pending_memberships(*, group: Group) -> QuerySet[Membership]:
    return group.memberships.filter(status=Membership.Status.PENDING).select_related("user")


def review_queue(*, user) -> dict:
    """Open reports and held posts in the groups the user moderates (every group for curators)."""
    if user.is_curator:
        groups = Group.objects.all()
    else:
        groups = Group.objects.filter(
            memberships__user=user, memberships__role=Membership.Role.MODERATOR, memberships__status="active"
        )
    reports = (
        Report.objects.filter(status=Report.Status.OPEN, post__topic__group__in=groups)
        .select_related("reporter", "post__author", "post__topic__group")
        .order_by("created_at")
    )
    held = (
        Post.objects.filter(status=Post.Status.HELD, deleted_at__isnull=True, topic__group__in=groups)
        .select_related("author", "topic__group")
        .order_by("created_at")
    )
    log = ModerationLog.objects.filter(group__in=groups).select_related("actor", "topic", "target_user")[:30]
    return {"reports": reports, "held": held, "log": log}


def moderated_groups(*, user) -> QuerySet[Group]:
    if user.is_curator:
        return Group.objects.all()
    return Group.objects.filter(
        memberships__user=user, memberships__role=Membership.Role.MODERATOR, memberships__status="active"
    )


def sessions_list(*, query: str = "") -> QuerySet[ExpertSession]:
    sessions = ExpertSession.objects.select_related("expert")
    if query:
        sessions = sessions.filter(
            Q(title__icontains=query)
            | Q(theme__icontains=query)
            | Q(questions__body__icontains=query, questions__hidden=False)
            | Q(questions__answer__icontains=query, questions__hidden=False)
        ).distinct()
    return sessions.order_by("-opens_at")


def session_questions(*, session: ExpertSession, user) -> tuple[list[Question], set[int]]:
    questions = list(
        session.questions.filter(hidden=False).select_related("author").order_by("-vote_count", "created_at")
    )
    voted: set[int] = set()
    if user.is_authenticated:
        voted = set(
            QuestionVote.objects.filter(user=user, question__session=session).values_list("question_id", flat=True)
        )
    return questions, voted


EVENT_RELATED = ("group",)


def events_upcoming(*, user, limit: int = 3) -> list[Event]:
    return list(Event.objects.visible_to(user).upcoming().select_related(*EVENT_RELATED)[:limit])


def events_upcoming_public(limit: int = 3) -> list[Event]:
    """For the home page: like its discussions, public events only, whoever is signed in."""
    return list(Event.objects.public().upcoming().select_related(*EVENT_RELATED)[:limit])


def events_for_group(*, group: Group, user, limit: int = 5) -> list[Event]:
    return list(Event.objects.visible_to(user).upcoming().filter(group=group)[:limit])


def events_past(*, user) -> QuerySet[Event]:
    return Event.objects.visible_to(user).past().select_related(*EVENT_RELATED)


def events_calendar(*, user) -> QuerySet[Event]:
    return Event.objects.visible_to(user).order_by("starts_at")


def event_detail(*, user, slug: str) -> Event:
    return Event.objects.visible_to(user).select_related(*EVENT_RELATED).get(slug=slug)


def news_list() -> QuerySet[NewsItem]:
    return NewsItem.objects.order_by("-published_on")


def notifications_for(*, user) -> QuerySet[Notification]:
    return Notification.objects.filter(recipient=user).select_related("actor").order_by("-created_at")


def unread_notification_count(*, user) -> int:
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()


def public_activity_per_year() -> list[tuple[int, int, int]]:
    """(year, topics started, posts) in what anyone may read: members-only groups stay out."""
    anyone = AnonymousUser()
    topics = _count_per_year(Topic.objects.visible_to(anyone))
    posts = _count_per_year(Post.objects.visible_to(anyone))
    return [(year, topics.get(year, 0), posts.get(year, 0)) for year in sorted(set(topics) | set(posts))]


def _count_per_year(rows: QuerySet) -> dict[int, int]:
    return dict(rows.annotate(year=ExtractYear("created_at")).values_list("year").annotate(n=Count("pk")).order_by())
