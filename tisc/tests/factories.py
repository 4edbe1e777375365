import datetime
from decimal import Decimal

import factory

from tisc.choices import InstitutionKind
from tisc.models import Indicator, Institution, InstitutionService, Membership, Network, Project, Target


class NetworkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Network
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"network-{n:03d}")
    name = factory.Sequence(lambda n: f"Test TISC network {n:03d}")
    country = ""
    coordinator = "Test IP office"
    since_year = 2015
    is_demo = True
    source_url = ""


class InstitutionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Institution
        django_get_or_create = ("slug",)

    network = factory.SubFactory(NetworkFactory)
    slug = factory.Sequence(lambda n: f"institution-{n:03d}")
    name = factory.Sequence(lambda n: f"Test host institution {n:03d}")
    kind = InstitutionKind.UNIVERSITY
    city = "Testville"
    since_year = 2016
    languages = factory.LazyFunction(lambda: ["en"])


class ServiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = InstitutionService

    institution = factory.SubFactory(InstitutionFactory)
    service = "patent_search"


def grant(user, role: str, *, network=None, institution=None) -> Membership:
    from tisc.services.people import membership_grant

    return membership_grant(user=user, role=role, network=network, institution=institution)


def make_project(network: Network, *, start_year: int = 2026, end_year: int = 2027) -> Project:
    project = Project.objects.create(
        network=network,
        title=f"Project of {network.name}",
        objectives="Serve more firms.",
        start_year=start_year,
        end_year=end_year,
    )
    requests = Indicator.objects.create(
        project=project, name="Requests", measure="requests", baseline=10, baseline_year=start_year - 1, position=0
    )
    Target.objects.create(indicator=requests, year=start_year, value=100)
    women = Indicator.objects.create(
        project=project, name="Women trained", measure="participants", gender="woman", position=1
    )
    Target.objects.create(indicator=women, year=start_year, value=50)
    Indicator.objects.create(
        project=project, name="SME searches", measure="searches", requester_category="sme", position=2
    )
    return project


def request_row(day: datetime.date, **fields) -> dict:
    return {
        "received_on": day,
        "kind": fields.pop("kind", "patent_search"),
        "requester_category": fields.pop("requester_category", "sme"),
        "requester_gender": fields.pop("requester_gender", "woman"),
        "outcome": fields.pop("outcome", "completed"),
        "hours": fields.pop("hours", Decimal("2")),
        "note": fields.pop("note", ""),
    }


def training_row(day: datetime.date, **fields) -> dict:
    return {
        "held_on": day,
        "title": fields.pop("title", "Patent searching"),
        "format": fields.pop("format", "in_person"),
        "women": fields.pop("women", 6),
        "men": fields.pop("men", 4),
        "other": fields.pop("other", 0),
        "hours": fields.pop("hours", Decimal("3")),
    }
