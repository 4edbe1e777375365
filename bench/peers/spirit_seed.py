"""Seed django-spirit's database with the shape of bench/peers/common.py and print what to measure.

    bench/.peers/spirit/venv/bin/python bench/peers/spirit_seed.py [--skip-seed]

bench/peers.py runs it with spirit's virtualenv, and its settings, database and PYTHONPATH in the
environment. Writes through spirit's ORM in bulk, with each comment rendered by spirit's own
Markdown and the counters its views would keep, then signs the member in and prints the paths, the
cookie, the page sizes and the queries of a view.
"""

from collections import Counter
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

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from djconfig import config, reload_maybe
from spirit.category.models import Category
from spirit.comment.models import Comment
from spirit.core.utils.markdown import Markdown
from spirit.topic.models import Topic
from spirit.user.models import UserProfile

User = get_user_model()


def seed() -> None:
    if Category.objects.filter(title=FORUM_NAME).exists():
        return
    # One by one: spirit creates each user's profile in a post_save receiver.
    authors = [User.objects.create(username=f"synthetic-{i}") for i in range(AUTHORS)]
    User.objects.create(username=MEMBER)
    category = Category.objects.create(title=FORUM_NAME)
    now = timezone.now()
    topics = Topic.objects.bulk_create(
        Topic(
            user=authors[n % AUTHORS],
            category=category,
            title=topic_title(n),
            date=now - timedelta(minutes=n, seconds=size),
            last_active=now - timedelta(minutes=n),
            comment_count=size,
        )
        for n, size in enumerate(TOPIC_SIZES)
    )
    markdown = Markdown()
    comments = [
        Comment(
            user=authors[number % AUTHORS],
            topic=topic,
            comment=body,
            comment_html=markdown.render(body),
            date=topic.last_active - timedelta(seconds=len(texts) - number),
        )
        for topic, texts in zip(topics, bodies(), strict=True)
        for number, body in enumerate(texts, start=1)
    ]
    Comment.objects.bulk_create(comments, batch_size=2000)
    # The counters spirit's views keep on each profile.
    topic_counts = Counter(topic.user_id for topic in topics)
    comment_counts = Counter(comment.user_id for comment in comments)
    for user in authors:
        UserProfile.objects.filter(user=user).update(
            topic_count=topic_counts[user.pk], comment_count=comment_counts[user.pk]
        )


def main() -> None:
    if not skip_seed():
        seed()
    reload_maybe()
    category = Category.objects.get(title=FORUM_NAME)
    topic = Topic.objects.get(category=category, title=topic_title(0))
    member = User.objects.get(username=MEMBER)
    report(
        thread=f"{topic.get_absolute_url()}?page={middle_page(config.comments_per_page)}",
        topics=category.get_absolute_url(),
        thread_page_size=config.comments_per_page,
        thread_page=middle_page(config.comments_per_page),
        topics_page_size=config.topics_per_page,
        cookie=session_cookie(member, "spirit.user.auth.backends.UsernameAuthBackend"),
        # Only a signed-in page has the log-out link.
        signed_in_marker=reverse("spirit:user:auth:logout"),
    )


if __name__ == "__main__":
    main()
