"""Seed our own bench database with the shape of bench/peers/common.py and print what to measure.

    python bench/peers/ours_seed.py [--skip-seed]

bench/peers.py runs it with the environment of bench/stack.py, so the session it signs in is one
the production server accepts (the same secret key), and bench/ on PYTHONPATH. The forum is
seed_forum's of bench/seed.py; the member joins its group, as a reader who may also reply.
"""

import random

from _django import setup
from common import MEMBER, TOPIC_SIZES, middle_page, report, session_cookie, skip_seed, topic_title

setup()

from django.urls import reverse
from seed import seed_forum

from etisc.models import Membership, Topic
from etisc.views._common import POSTS_PER_PAGE, TOPICS_PER_PAGE
from inspire.accounts.models import User


def main() -> None:
    if skip_seed():
        topic = Topic.objects.select_related("group").get(title=topic_title(0))
    else:
        topic, _created = seed_forum(random.Random(2026), sum(TOPIC_SIZES))
    member, _ = User.objects.get_or_create(username=MEMBER, defaults={"email": f"{MEMBER}@example.org"})
    Membership.objects.get_or_create(group=topic.group, user=member)
    report(
        thread=f"{topic.get_absolute_url()}?page={middle_page(POSTS_PER_PAGE)}",
        topics=topic.group.get_absolute_url(),
        thread_page_size=POSTS_PER_PAGE,
        thread_page=middle_page(POSTS_PER_PAGE),
        topics_page_size=TOPICS_PER_PAGE,
        cookie=session_cookie(member, "django.contrib.auth.backends.ModelBackend"),
        # Only a signed-in page has the sign-out form.
        signed_in_marker=f'action="{reverse("logout")}"',
    )


if __name__ == "__main__":
    main()
