"""Seed django-machina's database with the shape of bench/peers/common.py and print what to measure.

    bench/.peers/machina/venv/bin/python bench/peers/machina_seed.py [--skip-seed]

bench/peers.py runs it with machina's virtualenv, and its settings, database and PYTHONPATH in the
environment. Writes through machina's ORM in bulk, filling in what its save() and signals would have
(rendered Markdown, counters, first and last posts), then signs the member in and prints the paths,
the cookie, the page sizes and the queries of a view.
"""

from datetime import timedelta

import django
from common import (
    AUTHORS,
    FORUM_NAME,
    MEMBER,
    TOPIC_SIZES,
    bodies,
    middle_page,
    report,
    session_cookie,
    skip_seed,
    topic_title,
)

django.setup()

from django.contrib.auth.models import User
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from machina.conf import settings as machina_settings
from machina.core.db.models import get_model
from machina.models.fields import render_func

Forum = get_model("forum", "Forum")
ForumPermission = get_model("forum_permission", "ForumPermission")
ForumProfile = get_model("forum_member", "ForumProfile")
Post = get_model("forum_conversation", "Post")
Topic = get_model("forum_conversation", "Topic")
UserForumPermission = get_model("forum_permission", "UserForumPermission")


def seed() -> None:
    if Forum.objects.filter(name=FORUM_NAME).exists():
        return
    authors = [User.objects.create(username=f"synthetic-{i}") for i in range(AUTHORS)]
    User.objects.create(username=MEMBER)
    forum = Forum.objects.create(name=FORUM_NAME, type=Forum.FORUM_POST)
    # Anonymous visitors read it, as they read our public group.
    UserForumPermission.objects.bulk_create(
        UserForumPermission(permission=permission, forum=forum, anonymous_user=True, has_perm=True)
        for permission in ForumPermission.objects.filter(codename__in=["can_see_forum", "can_read_forum"])
    )
    seed_topics(forum, authors)
    users = User.objects.annotate(post_total=Count("posts"))
    ForumProfile.objects.bulk_create(ForumProfile(user=user, posts_count=user.post_total) for user in users)
    forum.update_trackers()


def seed_topics(forum, authors) -> None:
    now = timezone.now()
    # Timestamps as a real forum has them; bulk_create would otherwise stamp every row "now".
    for model in (Topic, Post):
        for name in ("created", "updated"):
            field = model._meta.get_field(name)
            field.auto_now = field.auto_now_add = False
    texts = bodies()
    topics = Topic.objects.bulk_create(
        Topic(
            forum=forum,
            poster=authors[n % AUTHORS],
            subject=topic_title(n),
            slug=slugify(topic_title(n)),
            type=Topic.TOPIC_POST,
            status=Topic.TOPIC_UNLOCKED,
            posts_count=size,
            last_post_on=now - timedelta(minutes=n),
            created=now - timedelta(minutes=n, seconds=size),
            updated=now - timedelta(minutes=n),
        )
        for n, size in enumerate(TOPIC_SIZES)
    )
    threads = [
        [
            Post(
                topic=topic,
                poster=authors[number % AUTHORS],
                subject=topic.subject,
                content=body,
                _content_rendered=render_func(body),
                created=topic.last_post_on - timedelta(seconds=len(texts_of_topic) - number),
                updated=topic.last_post_on - timedelta(seconds=len(texts_of_topic) - number),
            )
            for number, body in enumerate(texts_of_topic, start=1)
        ]
        for topic, texts_of_topic in zip(topics, texts, strict=True)
    ]
    Post.objects.bulk_create([post for thread in threads for post in thread], batch_size=2000)
    for topic, thread in zip(topics, threads, strict=True):
        topic.first_post, topic.last_post = thread[0], thread[-1]
    Topic.objects.bulk_update(topics, ["first_post", "last_post"], batch_size=500)


def main() -> None:
    if not skip_seed():
        seed()
    forum = Forum.objects.get(name=FORUM_NAME)
    topic = Topic.objects.get(forum=forum, subject=topic_title(0))
    member = User.objects.get(username=MEMBER)
    per_page = machina_settings.TOPIC_POSTS_NUMBER_PER_PAGE
    thread = reverse(
        "forum_conversation:topic",
        kwargs={"forum_slug": forum.slug, "forum_pk": forum.pk, "slug": topic.slug, "pk": topic.pk},
    )
    report(
        thread=f"{thread}?page={middle_page(per_page)}",
        topics=reverse("forum:forum", kwargs={"slug": forum.slug, "pk": forum.pk}),
        thread_page_size=per_page,
        thread_page=middle_page(per_page),
        topics_page_size=machina_settings.FORUM_TOPICS_NUMBER_PER_PAGE,
        cookie=session_cookie(member, "django.contrib.auth.backends.ModelBackend"),
        # Only a signed-in page links to the member's own posts.
        signed_in_marker=reverse("forum_member:user_posts", args=[member.pk]),
    )


if __name__ == "__main__":
    main()
