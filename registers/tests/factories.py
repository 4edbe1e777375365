import datetime
import itertools

import factory

from inspire.jurisdictions import countries
from registers.models import ColumnAbsence, Jurisdiction, JurisdictionFile, JurisdictionNote, Resource, SampleNumber

_country_codes = itertools.cycle(list(countries()))


class JurisdictionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Jurisdiction
        django_get_or_create = ["code"]

    code = factory.LazyFunction(lambda: next(_country_codes))
    name = factory.LazyAttribute(lambda o: countries()[o.code])
    kind = Jurisdiction.Kind.COUNTRY
    region = "EU"
    office_name = factory.LazyAttribute(lambda o: f"Patent office of {o.name}")
    office_url = "https://office.example.org/"
    source_url = "https://office.example.org/about"
    reviewed_on = datetime.date(2026, 11, 24)


class OrganisationFactory(JurisdictionFactory):
    code = "EP"
    name = "European Patent Office (EPO)"
    kind = Jurisdiction.Kind.REGIONAL
    region = "XX"


class ResourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Resource

    jurisdiction = factory.SubFactory(JurisdictionFactory)
    kind = Resource.Kind.REGISTER
    title = factory.Sequence(lambda n: f"Register {n}")
    url = factory.Sequence(lambda n: f"https://register{n}.example.org/")
    languages = "en"
    access = Resource.Access.FREE


class JurisdictionFileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = JurisdictionFile

    jurisdiction = factory.SubFactory(JurisdictionFactory)
    shows_pending = True
    how_to_search = "Search by **application number**."
    search_tips = "- Leave out the check digit."
    reviewed_on = datetime.date(2026, 11, 24)


class SampleNumberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SampleNumber

    jurisdiction = factory.SubFactory(JurisdictionFactory)
    kind = SampleNumber.Kind.APPLICATION
    as_printed = factory.Sequence(lambda n: f"2020-{n:06d}")
    as_entered = factory.LazyAttribute(lambda o: o.as_printed.replace("-", ""))


class ColumnAbsenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ColumnAbsence

    jurisdiction = factory.SubFactory(JurisdictionFactory)
    column = "gazette"
    note = "The office publishes its gazette on paper only."
    source_url = "https://office.example.org/publications"
    reviewed_on = datetime.date(2026, 12, 1)


class JurisdictionNoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = JurisdictionNote

    jurisdiction = factory.SubFactory(JurisdictionFactory)
    topic = JurisdictionNote.Topic.GAZETTE_FREQUENCY
    position = factory.Sequence(lambda n: n + 1)
    text = "The gazette comes out **weekly**."
    source_url = "https://office.example.org/gazette"
    reviewed_on = datetime.date(2026, 12, 2)
