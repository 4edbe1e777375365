"""Query budgets: lists and long threads cost a constant, small number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from conftest import make_user
from etisc import services
from etisc.models import Question
from etisc.tests.factories import (
    EventFactory,
    ExpertSessionFactory,
    GroupFactory,
    NewsItemFactory,
    PostFactory,
    TopicFactory,
)
from inspire.testing import assert_constant_queries

pytestmark = pytest.mark.django_db

ANONYMOUS_THREAD_BUDGET = 8
SIGNED_IN_THREAD_BUDGET = 12


def _writes(queries) -> list[str]:
    return [q["sql"] for q in queries if q["sql"].split()[0].upper() in ("INSERT", "UPDATE", "DELETE")]


@pytest.fixture
def long_thread(public_topic, member, other_user):
    """A topic of 200 posts, some quoting others."""
    posts = [public_topic.posts.get(number=1)]
    for number in range(2, 201):
        author = member if number % 2 else other_user
        posts.append(PostFactory(topic=public_topic, author=author, number=number, reply_to=posts[number // 3]))
    public_topic.post_count = public_topic.last_post_number = 200
    public_topic.save()
    return public_topic


def _add_topics(group, author):
    def add():
        for _ in range(3):
            TopicFactory(group=group, author=author)

    return add


def test_topic_list_queries_do_not_grow(client, public_group, member):
    assert_constant_queries(client, reverse("etisc:topics"), _add_topics(public_group, member))


def test_topic_list_queries_do_not_grow_signed_in(client, public_group, member):
    client.force_login(member)
    assert_constant_queries(client, reverse("etisc:topics"), _add_topics(public_group, member))


def test_group_page_queries_do_not_grow(client, public_group, member):
    def add():
        _add_topics(public_group, member)()
        EventFactory(group=public_group)

    client.force_login(member)
    assert_constant_queries(client, public_group.get_absolute_url(), add)


def test_index_queries_do_not_grow(client, public_group, member):
    def add():
        _add_topics(public_group, member)()
        EventFactory()
        NewsItemFactory()

    assert_constant_queries(client, reverse("etisc:index"), add)


def test_events_and_news_pages_do_not_grow(client):
    assert_constant_queries(client, reverse("etisc:events"), EventFactory)
    assert_constant_queries(client, reverse("etisc:news"), NewsItemFactory)


@pytest.mark.parametrize("page", [1, 5, 10])
def test_anonymous_thread_page_of_200_posts_stays_within_budget(client, long_thread, page):
    url = f"{long_thread.get_absolute_url()}?page={page}"
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert response.content.decode().count('<li class="etisc-post') == 20
    assert len(queries) <= ANONYMOUS_THREAD_BUDGET, [q["sql"] for q in queries]
    assert _writes(queries) == []


@pytest.mark.parametrize("page", [1, 10])
def test_signed_in_thread_page_stays_within_budget_with_one_write(client, long_thread, outsider, page):
    client.force_login(outsider)
    url = f"{long_thread.get_absolute_url()}?page={page}"
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert len(queries) <= SIGNED_IN_THREAD_BUDGET, [q["sql"] for q in queries]
    assert len([w for w in _writes(queries) if "etisc_topicread" in w]) == 1
    assert len(_writes(queries)) <= 2  # the read marker, plus the session save Django may do


def test_thread_queries_do_not_grow_with_posts(client, public_topic, member):
    numbers = iter(range(2, 1000))

    def add():
        for _ in range(5):
            PostFactory(topic=public_topic, author=member, number=next(numbers))

    assert_constant_queries(client, public_topic.get_absolute_url(), add)


def test_thread_queries_do_not_grow_with_authors_avatars_and_mentions(client, public_topic, member):
    """Each post by someone new, with an avatar and a mention: still the same queries for the page."""
    numbers = iter(range(2, 1000))

    def add():
        for _ in range(5):
            number = next(numbers)
            author = make_user(f"author{number}", first_name="Writer", last_name=str(number))
            PostFactory(topic=public_topic, author=author, number=number, body=f"Over to @{member.username}.")

    assert_constant_queries(client, public_topic.get_absolute_url(), add)
    assert 'class="etisc-avatar' in client.get(public_topic.get_absolute_url()).content.decode()


def test_discussions_of_a_member_do_not_grow(client, public_group, member):
    url = f"{reverse('etisc:topics')}?author={member.username}"
    assert assert_constant_queries(client, url, _add_topics(public_group, member)) <= ANONYMOUS_THREAD_BUDGET


def test_api_topic_and_post_lists_do_not_grow(client, public_topic, member):
    numbers = iter(range(2, 1000))

    def add():
        _add_topics(public_topic.group, member)()
        PostFactory(topic=public_topic, author=member, number=next(numbers))

    assert_constant_queries(client, "/api/v1/etisc/topics/", add)
    assert_constant_queries(client, "/api/v1/etisc/posts/", add)
    assert_constant_queries(client, "/api/v1/etisc/events/", EventFactory)


def test_ask_the_expert_pages_do_not_grow(client, expert, member, outsider):

    session = ExpertSessionFactory(expert=expert)

    def add():
        ExpertSessionFactory(expert=expert)
        question = Question.objects.create(session=session, author=member, body="Q", answer="A")
        Question.objects.create(session=session, author=outsider, body="Q2")
        services.question_vote(user=outsider, question=question)

    client.force_login(outsider)
    assert_constant_queries(client, reverse("etisc:sessions"), add)
    assert_constant_queries(client, session.get_absolute_url(), add)
    assert_constant_queries(client, "/api/v1/etisc/sessions/", add)
    assert_constant_queries(client, "/api/v1/etisc/questions/", add)


def test_notifications_and_groups_lists_do_not_grow(client, public_topic, member, outsider):

    def add():
        services.post_create(user=outsider, topic=public_topic, body="Another reply")
        GroupFactory()

    client.force_login(member)
    assert_constant_queries(client, reverse("etisc:notifications"), add)
    assert_constant_queries(client, "/api/v1/etisc/groups/", add)


def test_review_queue_does_not_grow(client, public_topic, moderator, outsider):

    def add():
        post = services.post_create(user=outsider, topic=public_topic, body="Reported reply")
        services.report_create(user=moderator, post=post, reason="Check this")
        services.topic_moderate(actor=moderator, topic=public_topic, action="pin")
        services.topic_moderate(actor=moderator, topic=public_topic, action="unpin")

    client.force_login(moderator)
    assert_constant_queries(client, reverse("etisc:review_queue"), add)
