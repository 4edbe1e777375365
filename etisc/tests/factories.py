from datetime import timedelta

import factory
from django.utils import timezone

from etisc.markup import render_post_body
from etisc.models import Event, ExpertSession, Group, Membership, NewsItem, Post, Topic


class GroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Group

    slug = factory.Sequence(lambda n: f"group-{n}")
    name = factory.Sequence(lambda n: f"Group {n}")
    description = "A group for tests."
    visibility = Group.Visibility.PUBLIC


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    group = factory.SubFactory(GroupFactory)
    status = Membership.Status.ACTIVE
    role = Membership.Role.MEMBER


class TopicFactory(factory.django.DjangoModelFactory):
    """A topic with its first post and counters, as topic_create leaves it."""

    class Meta:
        model = Topic
        skip_postgeneration_save = True

    group = factory.SubFactory(GroupFactory)
    title = factory.Sequence(lambda n: f"Topic {n}")
    post_count = 1
    last_post_number = 1

    @factory.post_generation
    def first_post(self, create, extracted, **kwargs):
        if create:
            PostFactory(topic=self, author=self.author, number=1)
            self.last_post_author = self.author
            self.save(update_fields=["last_post_author"])


class PostFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Post

    body = factory.Sequence(lambda n: f"Post number {n} with **Markdown**.")
    body_html = factory.LazyAttribute(lambda post: render_post_body(post.body))
    number = factory.Sequence(lambda n: n + 2)


class ExpertSessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ExpertSession

    slug = factory.Sequence(lambda n: f"session-{n}")
    title = factory.Sequence(lambda n: f"Session {n}")
    theme = "Patent searching"
    opens_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))
    closes_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=6))


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    slug = factory.Sequence(lambda n: f"event-{n}")
    title = factory.Sequence(lambda n: f"Event {n}")
    kind = Event.Kind.WEBINAR
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=10))
    ends_at = factory.LazyAttribute(lambda event: event.starts_at + timedelta(hours=2))
    timezone = "Europe/Zurich"
    online_url = "https://example.org/webinar"


class NewsItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NewsItem

    slug = factory.Sequence(lambda n: f"news-{n}")
    title = factory.Sequence(lambda n: f"News {n}")
    body = "Some news."
    published_on = factory.LazyFunction(lambda: timezone.now().date())
