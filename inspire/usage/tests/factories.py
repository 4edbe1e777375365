import datetime
import uuid

import factory

from inspire.usage.models import DailyRollup, Dimension, Event


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    uid = factory.LazyFunction(uuid.uuid4)
    occurred_at = factory.LazyFunction(lambda: datetime.datetime(2026, 11, 20, 10, 0, tzinfo=datetime.UTC))
    kind = Event.Kind.VIEW
    section = "databases"
    object_key = "/databases/"
    visitor_key = factory.Sequence(lambda n: f"visitor{n:024d}")
    country = "FR"


class DailyRollupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DailyRollup

    period_start = datetime.date(2026, 11, 20)
    dimension = Dimension.TOTAL
    visitors = 1
    views = 1
