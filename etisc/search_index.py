"""eTISC in site-wide search. Members-only groups' topics and posts are indexed with the group's id
so only its members find them; hidden, held and deleted content is not indexed at all."""

from datetime import UTC, datetime, time

from django.utils.translation import gettext_lazy as _

from etisc.models import Event, ExpertSession, Group, Membership, NewsItem, Post, Topic
from inspire.search.providers import IndexEntry, SearchProvider, plain_text


def member_group_ids(user) -> list[int]:
    """Groups whose members-only content `user` may find (named in SEARCH_MEMBER_GROUP_IDS)."""
    return list(Membership.objects.group_ids_of(user).values_list("group_id", flat=True))


def _restriction(group: Group | None) -> int | None:
    return None if group is None or group.visibility == Group.Visibility.PUBLIC else group.pk


def _topic_is_live(topic: Topic) -> bool:
    return not topic.hidden and topic.deleted_at is None


class TopicProvider(SearchProvider):
    model = Topic
    kind = "topic"
    label = _("Discussions")
    dependencies = {Group: lambda group: group.topics.all()}

    def queryset(self):
        return Topic.objects.select_related("group").prefetch_related("tags")

    def entry(self, topic: Topic) -> IndexEntry | None:
        if not _topic_is_live(topic):
            return None
        return IndexEntry(
            title=topic.title,
            body=" ".join(tag.name for tag in topic.tags.all()) + f" {topic.group.name}",
            url=topic.get_absolute_url(),
            published_at=topic.created_at,
            restricted_to_group=_restriction(topic.group),
        )


class PostProvider(SearchProvider):
    model = Post
    kind = "post"
    label = _("Forum posts")
    dependencies = {
        Topic: lambda topic: topic.posts.select_related("topic__group"),
        Group: lambda group: Post.objects.filter(topic__group=group).select_related("topic__group"),
    }

    def queryset(self):
        return Post.objects.select_related("topic__group")

    def entry(self, post: Post) -> IndexEntry | None:
        if post.status != Post.Status.PUBLISHED or post.deleted_at or not _topic_is_live(post.topic):
            return None
        return IndexEntry(
            title=post.topic.title if post.number == 1 else _("Reply in: %(title)s") % {"title": post.topic.title},
            body=plain_text(post.body),
            url=post.get_absolute_url(),
            published_at=post.created_at,
            restricted_to_group=_restriction(post.topic.group),
        )


class ExpertSessionProvider(SearchProvider):
    model = ExpertSession
    kind = "expert_session"
    label = _("Ask the Expert sessions")

    def entry(self, session: ExpertSession) -> IndexEntry:
        return IndexEntry(
            title=session.title,
            body=plain_text(session.theme, session.description),
            url=session.get_absolute_url(),
            published_at=session.opens_at,
        )


class EventProvider(SearchProvider):
    model = Event
    kind = "event"
    label = _("Events and webinars")

    def queryset(self):
        return Event.objects.select_related("group")

    def entry(self, event: Event) -> IndexEntry:
        return IndexEntry(
            title=event.title,
            body=plain_text(event.get_kind_display(), event.venue, event.description),
            url=event.get_absolute_url(),
            published_at=event.starts_at,
            restricted_to_group=_restriction(event.group),
        )


class NewsItemProvider(SearchProvider):
    model = NewsItem
    kind = "news"
    label = _("News")

    def entry(self, item: NewsItem) -> IndexEntry:
        return IndexEntry(
            title=item.title,
            body=plain_text(item.body),
            url=item.get_absolute_url(),
            published_at=datetime.combine(item.published_on, time.min, tzinfo=UTC),
        )


PROVIDERS = [TopicProvider, PostProvider, ExpertSessionProvider, EventProvider, NewsItemProvider]
