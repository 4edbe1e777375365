"""Starting topics, their tags, and marking them read."""

from collections.abc import Iterable
from datetime import timedelta
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from etisc.models import (
    Group,
    Tag,
    Topic,
    TopicRead,
    Watch,
    WatchLevel,
)

if TYPE_CHECKING:
    pass
from etisc.services._common import NEW_USER_MAX_TOPICS_PER_DAY, check_body, is_new_user, require_poster
from etisc.services.posts import post_add


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
    access = require_poster(user, group)
    new_user = not access.is_moderator and is_new_user(user)
    if new_user:
        since = timezone.now() - timedelta(days=1)
        if Topic.objects.filter(author=user, created_at__gte=since).count() >= NEW_USER_MAX_TOPICS_PER_DAY:
            raise ValidationError(
                _("New members can start at most %(n)d topics a day.") % {"n": NEW_USER_MAX_TOPICS_PER_DAY}
            )
    check_body(user=user, body=body, access=access, new_user=new_user)
    topic = Topic(group=group, title=title.strip(), author=user)
    topic.full_clean()
    topic.save()
    topic.tags.set(_tags_from_names(tags))
    Watch.objects.get_or_create(user=user, topic=topic, defaults={"level": WatchLevel.WATCHING})
    post_add(user=user, topic=topic, body=body, reply_to=None, access=access, new_user=new_user)
    topic.refresh_from_db()
    return topic


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
