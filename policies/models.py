"""Institutional IP policies, the IP Policy Toolkit (checklist, template clauses, guidelines,
national versions) and the drafts people write with the Policy Writer."""

from functools import cache

import pycountry
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import Country, CountryField

from inspire.choices import choice_label
from inspire.jurisdictions import CONTINENTS
from inspire.localtext import TRANSLATIONS_HELP


@cache
def language_names() -> dict[str, str]:
    """ISO 639-1 code -> English name, for every language with a two-letter code."""
    return {language.alpha_2: language.name for language in pycountry.languages if hasattr(language, "alpha_2")}


def validate_language(code: str) -> None:
    if code not in language_names():
        raise ValidationError(_("%(code)s is not an ISO 639-1 language code."), params={"code": code})


class InstitutionQuerySet(models.QuerySet):
    def with_policy_count(self):
        return self.annotate(policy_count=Count("policies"))

    def in_country(self, code: str):
        return self.filter(country=code)


class Institution(models.Model):
    class Kind(models.TextChoices):
        UNIVERSITY = "university", _("University")
        RESEARCH_INSTITUTE = "research_institute", _("Research institute")
        TECHNOLOGY_PARK = "technology_park", _("Technology park")
        HOSPITAL = "hospital", _("Hospital or medical centre")
        GOVERNMENT = "government", _("Government agency")
        NETWORK = "network", _("University system or network")

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    name = models.CharField(_("name"), max_length=200)
    country: "models.Field[str, Country]" = CountryField(_("country"))
    continent = models.CharField(_("region"), max_length=2, choices=list(CONTINENTS.items()), editable=False)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices, default=Kind.UNIVERSITY)
    website = models.URLField(_("website"), max_length=500, blank=True)
    source_url = models.URLField(
        _("source"), max_length=500, help_text=_("Where the facts about this institution can be checked.")
    )
    reviewed_on = models.DateField(_("reviewed on"))

    objects = InstitutionQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        # "name" lets the policy list, ordered by institution, read one page instead of sorting them all.
        indexes = [models.Index(fields=["country"]), models.Index(fields=["continent"]), models.Index(fields=["name"])]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("policies:institution", args=[self.slug])


class PolicyQuerySet(models.QuerySet):
    def search(self, text: str):
        return self.filter(
            Q(title__icontains=text)
            | Q(summary__icontains=text)
            | Q(institution__name__icontains=text)
            | Q(institution__country__iexact=text)
        )

    def of_type(self, policy_type: str):
        return self.filter(policy_type=policy_type)

    def in_region(self, continent: str):
        return self.filter(institution__continent=continent)

    def with_institution(self):
        return self.select_related("institution")


class Policy(models.Model):
    class Type(models.TextChoices):
        IP = "ip", _("IP policy")
        CONSULTING = "consulting", _("Consulting")
        COPYRIGHT = "copyright", _("Copyright")
        CONFLICT_OF_INTEREST = "conflict_of_interest", _("Conflict of interest")
        SOFTWARE = "software", _("Software")
        OPEN_ACCESS = "open_access", _("Open access")
        SPINOFF = "spinoff", _("Spin-offs")

    institution = models.ForeignKey(
        Institution, verbose_name=_("institution"), on_delete=models.CASCADE, related_name="policies"
    )
    # Titles get corrected on review, so the content files and the loader find a policy by this key instead.
    key = models.SlugField(
        _("key"),
        max_length=60,
        help_text=_("Names the policy within its institution's content file; by default its policy type."),
    )
    policy_type = models.CharField(_("policy type"), max_length=24, choices=Type.choices)
    title = models.CharField(_("title"), max_length=250)
    year = models.PositiveSmallIntegerField(
        _("year adopted or revised"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    language = models.CharField(_("language"), max_length=2, default="en", validators=[validate_language])
    url = models.URLField(_("policy URL"), max_length=500, blank=True)
    document = models.FileField(
        _("document"),
        upload_to="policies/documents/",
        blank=True,
        validators=[FileExtensionValidator(["pdf", "docx", "odt", "html", "txt"])],
    )
    summary = models.TextField(_("summary"), blank=True, help_text=_("Markdown."))
    # Key terms, so policies can be compared; empty means the source read does not state the term.
    ownership = models.TextField(
        _("ownership"), blank=True, help_text=_("Who owns what the policy covers, as its source states it.")
    )
    inventor_share = models.TextField(
        _("inventor revenue share"), blank=True, help_text=_("The inventors' share of revenue, as stated.")
    )
    patenting_decision = models.TextField(
        _("patenting decision"), blank=True, help_text=_("Who decides whether to seek a patent, as stated.")
    )
    terms_source_url = models.URLField(
        _("terms source"), max_length=500, blank=True, help_text=_("The page stating the key terms.")
    )
    source_url = models.URLField(
        _("source"), max_length=500, help_text=_("Where the facts about this policy can be checked.")
    )
    reviewed_on = models.DateField(_("reviewed on"))

    objects = PolicyQuerySet.as_manager()

    class Meta:
        verbose_name_plural = _("policies")
        ordering = ["institution__name", "policy_type", "title"]
        constraints = [
            models.UniqueConstraint(
                fields=["institution", "policy_type", "title"], name="policies_policy_unique_title"
            ),
            models.UniqueConstraint(fields=["institution", "key"], name="policies_policy_unique_key"),
        ]
        indexes = [models.Index(fields=["policy_type"]), models.Index(fields=["year"])]

    def __str__(self) -> str:
        return f"{self.institution}: {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("policies:policy", args=[self.pk])

    def get_policy_type_display(self) -> str:
        return choice_label(self.Type, self.policy_type)

    def clean(self) -> None:
        # A term is only worth comparing when readers can check where it is stated.
        if (self.ownership or self.inventor_share or self.patenting_decision) and not self.terms_source_url:
            raise ValidationError({"terms_source_url": _("Give the page stating the key terms.")})

    @property
    def language_name(self) -> str:
        return language_names().get(self.language, self.language)


class ChecklistTopic(models.Model):
    """One topic of the IP Policy Writer's Checklist; each topic is one step of the Policy Writer."""

    key = models.SlugField(_("key"), max_length=60, unique=True)
    order = models.PositiveSmallIntegerField(_("order"))
    title = models.CharField(_("title"), max_length=120)
    summary = models.TextField(_("summary"))
    guideline = models.TextField(_("guideline for customizing"), help_text=_("Markdown."))
    source_url = models.URLField(_("source"), max_length=500)
    reviewed_on = models.DateField(_("reviewed on"))

    class Meta:
        ordering = ["order"]

    def __str__(self) -> str:
        return self.title


class ChecklistItem(models.Model):
    """A question the policy author must answer; its choices are template clauses."""

    topic = models.ForeignKey(ChecklistTopic, verbose_name=_("topic"), on_delete=models.CASCADE, related_name="items")
    key = models.SlugField(_("key"), max_length=60, unique=True)
    order = models.PositiveSmallIntegerField(_("order"))
    question = models.CharField(_("question"), max_length=250)
    explanation = models.TextField(_("why it matters"))
    translations = models.JSONField(_("translations"), default=dict, blank=True, help_text=TRANSLATIONS_HELP)

    class Meta:
        ordering = ["topic__order", "order"]

    def __str__(self) -> str:
        return self.question


class TemplateClause(models.Model):
    """One option for a checklist item, with the clause text it puts into the policy.

    Clause text may use the placeholders {institution} and {office}, filled from the draft.
    """

    item = models.ForeignKey(
        ChecklistItem, verbose_name=_("checklist item"), on_delete=models.CASCADE, related_name="clauses"
    )
    key = models.SlugField(_("key"), max_length=60)
    order = models.PositiveSmallIntegerField(_("order"))
    label = models.CharField(_("choice"), max_length=200)
    translations = models.JSONField(_("translations"), default=dict, blank=True, help_text=TRANSLATIONS_HELP)
    text = models.TextField(_("clause text"), help_text=_("Markdown; may use {institution} and {office}."))
    guideline = models.TextField(_("when to choose it"))
    is_default = models.BooleanField(_("used in the model template"), default=False)

    class Meta:
        ordering = ["item__topic__order", "item__order", "order"]
        constraints = [models.UniqueConstraint(fields=["item", "key"], name="policies_clause_unique_key")]

    def __str__(self) -> str:
        return f"{self.item.key}: {self.label}"


class NationalVersion(models.Model):
    """A national model of the institutional IP policy, customised to one country's law."""

    country: "models.Field[str, Country]" = CountryField(_("country"), unique=True)
    title = models.CharField(_("title"), max_length=250)
    year = models.PositiveSmallIntegerField(
        _("year"), null=True, blank=True, validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )
    description = models.TextField(_("description"), help_text=_("Markdown."))
    law_references = models.TextField(_("law references"), blank=True, help_text=_("Markdown list."))
    url = models.URLField(_("URL"), max_length=500, blank=True)
    source_url = models.URLField(_("source"), max_length=500)
    reviewed_on = models.DateField(_("reviewed on"))

    class Meta:
        ordering = ["country"]

    def __str__(self) -> str:
        return self.title


class RegionalVersion(models.Model):
    """A regional model of the institutional IP policy, built with WIPO for a group of countries."""

    slug = models.SlugField(_("slug"), unique=True)
    region = models.CharField(_("region"), max_length=100, help_text=_("The group of countries, e.g. ASEAN."))
    title = models.CharField(_("title"), max_length=250)
    year = models.PositiveSmallIntegerField(
        _("year"), null=True, blank=True, validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )
    description = models.TextField(_("description"), help_text=_("Markdown."))
    members: "models.Field[list[str], list[Country]]" = CountryField(_("member countries"), multiple=True)
    members_source_url = models.URLField(
        _("source of the member list"), max_length=500, help_text=_("The page that lists the member countries.")
    )
    url = models.URLField(_("URL"), max_length=500, blank=True)
    source_url = models.URLField(_("source"), max_length=500)
    reviewed_on = models.DateField(_("reviewed on"))

    # What the admin exports and the API shows.
    PUBLIC_FIELDS = (
        "slug",
        "region",
        "title",
        "year",
        "description",
        "members",
        "members_source_url",
        "url",
        "source_url",
        "reviewed_on",
    )

    class Meta:
        ordering = ["region"]

    def __str__(self) -> str:
        return self.title


class PolicyDraftQuerySet(models.QuerySet):
    def owned_by(self, user):
        return self.filter(owner=user) if user.is_authenticated else self.none()


class PolicyDraft(models.Model):
    """A policy being written with the Policy Writer; private to its owner."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("owner"), on_delete=models.CASCADE, related_name="policy_drafts"
    )
    title = models.CharField(_("policy title"), max_length=200)
    institution_name = models.CharField(_("institution name"), max_length=200)
    office_name = models.CharField(
        _("office that manages IP"),
        max_length=200,
        default="Technology Transfer Office",
        help_text=_("For example your Technology Transfer Office or Innovation Office."),
    )
    country: "models.Field[str, Country]" = CountryField(_("country"), blank=True)
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    last_step = models.SlugField(_("last step saved"), max_length=60, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PolicyDraftQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("policies:draft", args=[self.pk])

    def answer_for(self, item_key: str) -> dict:
        return self.answers.get(item_key) or {}
