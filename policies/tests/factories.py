import datetime

import factory

from policies.models import (
    ChecklistItem,
    ChecklistTopic,
    Institution,
    NationalVersion,
    Policy,
    PolicyDraft,
    TemplateClause,
)

REVIEWED = datetime.date(2026, 11, 24)


class InstitutionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Institution

    slug = factory.Sequence(lambda n: f"institution-{n}")
    name = factory.Sequence(lambda n: f"Institute of Testing {n}")
    country = "FR"
    continent = factory.LazyAttribute(lambda o: {"FR": "EU", "KE": "AF", "BR": "SA", "JP": "AS"}.get(o.country, "EU"))
    kind = Institution.Kind.UNIVERSITY
    website = "https://institution.example.org/"
    source_url = "https://institution.example.org/policies"
    reviewed_on = REVIEWED


class PolicyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Policy

    institution = factory.SubFactory(InstitutionFactory)
    key = factory.Sequence(lambda n: f"policy-{n}")
    policy_type = Policy.Type.IP
    title = factory.Sequence(lambda n: f"Intellectual property policy {n}")
    year = 2020
    language = "en"
    summary = "Who owns inventions."
    source_url = "https://institution.example.org/policies"
    reviewed_on = REVIEWED


class ChecklistTopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ChecklistTopic

    key = factory.Sequence(lambda n: f"topic-{n}")
    order = factory.Sequence(lambda n: n)
    title = factory.Sequence(lambda n: f"Topic {n}")
    summary = "What this topic settles."
    guideline = "How to customise it."
    source_url = "https://toolkit.example.org/"
    reviewed_on = REVIEWED


class ChecklistItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ChecklistItem

    topic = factory.SubFactory(ChecklistTopicFactory)
    key = factory.Sequence(lambda n: f"item-{n}")
    order = factory.Sequence(lambda n: n)
    question = factory.Sequence(lambda n: f"Question {n}?")
    explanation = "Why it matters."


class TemplateClauseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TemplateClause

    item = factory.SubFactory(ChecklistItemFactory)
    key = factory.Sequence(lambda n: f"clause-{n}")
    order = factory.Sequence(lambda n: n)
    label = factory.Sequence(lambda n: f"Option {n}")
    text = "{institution} owns it and {office} manages it."
    guideline = "Choose it when in doubt."


class NationalVersionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NationalVersion

    country = "JO"
    title = "National model policy"
    year = 2021
    description = "A national model of the institutional IP policy."
    source_url = "https://national.example.org/"
    reviewed_on = REVIEWED


class PolicyDraftFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PolicyDraft

    owner = None
    title = "Intellectual Property Policy"
    institution_name = "University of Example"
    office_name = "Innovation Office"
