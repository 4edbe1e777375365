import datetime

import factory

from programmes.models import EligibilityList, InstitutionType, Product, Programme, Provider, Source, Statistic

DAY = datetime.date(2026, 12, 2)


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    key = factory.Sequence(lambda n: f"source-{n}")
    title = factory.Sequence(lambda n: f"Eligibility page {n}")
    publisher = "WIPO"
    url = factory.Sequence(lambda n: f"https://example.org/source-{n}")
    reviewed_on = DAY


class ProgrammeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Programme
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"programme-{n}")
    name = factory.Sequence(lambda n: f"Access programme {n}")
    acronym = factory.Sequence(lambda n: f"AP{n}")
    summary = "Free access for some."
    offers = "Databases."
    eligibility = "Some countries."
    registration = "Fill in the form."
    reviewed_on = DAY

    @factory.post_generation
    def sources(self, create, extracted, **kwargs):
        if create:
            self.sources.set(extracted or [SourceFactory()])


class EligibilityListFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EligibilityList

    programme = factory.SubFactory(ProgrammeFactory)
    slug = factory.Sequence(lambda n: f"group-{n}")
    name = factory.Sequence(lambda n: f"Group {n}")
    access = EligibilityList.Access.FREE
    institution_types = factory.LazyFunction(lambda: [InstitutionType.UNIVERSITY, InstitutionType.IP_OFFICE])
    countries = factory.LazyFunction(lambda: ["TZ"])
    complete = True
    source = factory.SubFactory(SourceFactory)
    reviewed_on = DAY


class ProviderFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Provider

    programme = factory.SubFactory(ProgrammeFactory)
    slug = factory.Sequence(lambda n: f"provider-{n}")
    name = factory.Sequence(lambda n: f"Provider {n}")
    source = factory.SubFactory(SourceFactory)


class ProductFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Product

    provider = factory.SubFactory(ProviderFactory)
    name = factory.Sequence(lambda n: f"Product {n}")


class StatisticFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Statistic

    programme = factory.SubFactory(ProgrammeFactory)
    year = factory.Sequence(lambda n: 2000 + n % 26)
    metric = Statistic.Metric.REGISTERED
    value = 100
    source = factory.SubFactory(SourceFactory)
