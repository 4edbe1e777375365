import datetime

import factory

from learning.models import (
    Edition,
    Kind,
    LearningPath,
    LearningProvider,
    LearningResource,
    PathStep,
    StepCompletion,
    Topic,
)
from programmes.tests.factories import SourceFactory

DAY = datetime.date(2026, 12, 2)


class LearningProviderFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LearningProvider
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"provider-{n}")
    name = factory.Sequence(lambda n: f"Academy {n}")


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"topic-{n}")
    name = factory.Sequence(lambda n: f"Topic {n}")


class LearningResourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LearningResource
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"resource-{n}")
    title = factory.Sequence(lambda n: f"Course {n}")
    kind = Kind.COURSE
    provider = factory.SubFactory(LearningProviderFactory)
    summary = "What the course covers."
    source = factory.SubFactory(SourceFactory)
    reviewed_on = DAY

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)


class EditionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Edition

    resource = factory.SubFactory(LearningResourceFactory, kind=Kind.GUIDE)
    language = "en"
    title = factory.LazyAttribute(lambda edition: edition.resource.title)


class LearningPathFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LearningPath

    slug = factory.Sequence(lambda n: f"path-{n}")
    title = factory.Sequence(lambda n: f"Path {n}")
    summary = "Steps in order."
    source = factory.SubFactory(SourceFactory)
    reviewed_on = DAY


class PathStepFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PathStep

    path = factory.SubFactory(LearningPathFactory)
    position = factory.Sequence(lambda n: n + 1)
    title = factory.Sequence(lambda n: f"Step {n}")


class StepCompletionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StepCompletion

    step = factory.SubFactory(PathStepFactory)
