"""The vocabularies TISC records share: services, requesters, outcomes, genders, host types."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Service(models.TextChoices):
    """What a host institution offers; also the kinds of request it records (plus "general")."""

    PATENT_SEARCH = "patent_search", _("Patent search")
    STATE_OF_THE_ART = "state_of_the_art", _("State-of-the-art search")
    FREEDOM_TO_OPERATE = "freedom_to_operate", _("Freedom-to-operate search")
    LANDSCAPE = "landscape", _("Patent landscape")
    IP_MANAGEMENT = "ip_management", _("IP management advice")
    TECHNOLOGY_TRANSFER = "technology_transfer", _("Technology transfer support")
    TRAINING = "training", _("Training")


class RequestKind(models.TextChoices):
    PATENT_SEARCH = Service.PATENT_SEARCH.value, Service.PATENT_SEARCH.label
    STATE_OF_THE_ART = Service.STATE_OF_THE_ART.value, Service.STATE_OF_THE_ART.label
    FREEDOM_TO_OPERATE = Service.FREEDOM_TO_OPERATE.value, Service.FREEDOM_TO_OPERATE.label
    LANDSCAPE = Service.LANDSCAPE.value, Service.LANDSCAPE.label
    IP_MANAGEMENT = Service.IP_MANAGEMENT.value, Service.IP_MANAGEMENT.label
    TECHNOLOGY_TRANSFER = Service.TECHNOLOGY_TRANSFER.value, Service.TECHNOLOGY_TRANSFER.label
    TRAINING = Service.TRAINING.value, _("Training on request")
    GENERAL = "general", _("General enquiry or database access")


# The request kinds that count as "searches performed".
SEARCH_KINDS = frozenset(
    {RequestKind.PATENT_SEARCH, RequestKind.STATE_OF_THE_ART, RequestKind.FREEDOM_TO_OPERATE, RequestKind.LANDSCAPE}
)


class RequesterCategory(models.TextChoices):
    RESEARCHER = "researcher", _("Researcher or academic")
    STUDENT = "student", _("Student")
    INVENTOR = "inventor", _("Individual inventor")
    SME = "sme", _("Small or medium enterprise")
    LARGE_COMPANY = "large_company", _("Large company")
    PUBLIC_BODY = "public_body", _("Public body")
    OTHER = "other", _("Other")


class Gender(models.TextChoices):
    WOMAN = "woman", _("Woman")
    MAN = "man", _("Man")
    OTHER = "other", _("Another gender or not stated")


class Outcome(models.TextChoices):
    COMPLETED = "completed", _("Completed")
    IN_PROGRESS = "in_progress", _("In progress")
    REFERRED = "referred", _("Referred elsewhere")
    NOT_POSSIBLE = "not_possible", _("Could not be served")


class TrainingFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid")


class InstitutionKind(models.TextChoices):
    UNIVERSITY = "university", _("University")
    RESEARCH_CENTRE = "research_centre", _("Research centre")
    LIBRARY = "library", _("Library")
    CHAMBER_OF_COMMERCE = "chamber_of_commerce", _("Chamber of commerce")
    IP_OFFICE = "ip_office", _("IP office")
    SCIENCE_PARK = "science_park", _("Science park")
    OTHER = "other", _("Other")
