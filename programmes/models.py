"""WIPO's access programmes (ASPI, ARDI within Research4Life): what they give, who may join, the
providers and products, the eligibility lists by country, and yearly figures curated in the admin.

Every fact points at a `Source`, the page (or report) that states it and the day it was read."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import Country, CountryField

from inspire.validators import ChoiceListValidator


class InstitutionType(models.TextChoices):
    UNIVERSITY = "university", _("University or other academic institution")
    RESEARCH = "research", _("Not-for-profit research institution")
    IP_OFFICE = "ip_office", _("Patent or IP office")
    GOVERNMENT = "government", _("Other government institution")
    COMPANY = "company", _("Company or other for-profit organization")
    OTHER = "other", _("Other organization")


class Source(models.Model):
    """A page or report the curators read. `url` is empty only for a report read without a web address."""

    key = models.SlugField(_("key"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=300)
    publisher = models.CharField(_("publisher"), max_length=200)
    url = models.URLField(_("web address"), max_length=500, blank=True)
    note = models.TextField(_("note"), blank=True, help_text=_("What part of the page was read, and any caveat."))
    reviewed_on = models.DateField(_("read on"))

    class Meta:
        ordering = ["title"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def __str__(self) -> str:
        return self.title


class Programme(models.Model):
    slug = models.SlugField(_("slug"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=200, unique=True)
    acronym = models.CharField(_("acronym"), max_length=20)
    summary = models.CharField(_("summary"), max_length=400)
    offers = models.TextField(_("what it gives"), help_text=_("Markdown."))
    eligibility = models.TextField(_("who is eligible"), help_text=_("Markdown."))
    registration = models.TextField(_("how to register"), help_text=_("Markdown."))
    registration_url = models.URLField(_("registration page"), max_length=500, blank=True)
    partnership = models.TextField(_("partnership"), blank=True, help_text=_("Markdown."))
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    sources = models.ManyToManyField(Source, verbose_name=_("sources"), related_name="programmes")
    reviewed_on = models.DateField(_("reviewed on"))

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def __str__(self) -> str:
        return self.acronym

    def get_absolute_url(self) -> str:
        return reverse("programmes:detail", kwargs={"slug": self.slug})


class Provider(models.Model):
    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="providers")
    slug = models.SlugField(_("slug"), max_length=80)
    name = models.CharField(_("name"), max_length=200)
    website = models.URLField(_("website"), max_length=500, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    source = models.ForeignKey(Source, verbose_name=_("source"), on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["order", "name"]
        constraints = [models.UniqueConstraint(fields=["programme", "slug"], name="provider_unique_per_programme")]
        verbose_name = _("provider")
        verbose_name_plural = _("providers")

    def __str__(self) -> str:
        return self.name


class Product(models.Model):
    """What a provider offers through the programme; linked to the hub's report on it when there is one."""

    provider = models.ForeignKey(Provider, on_delete=models.CASCADE, related_name="products")
    name = models.CharField(_("name"), max_length=200)
    database = models.ForeignKey(
        "databases.PatentDatabase",
        verbose_name=_("database report"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="programme_products",
    )

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["provider", "name"], name="product_unique_per_provider")]
        verbose_name = _("product")
        verbose_name_plural = _("products")

    def __str__(self) -> str:
        return self.name


class EligibilityList(models.Model):
    """One group of a programme's country list, as its source shows it.

    `complete` is true only when every country of the group was read; a country missing from an
    incomplete list is "not known", never "not eligible"."""

    class Access(models.TextChoices):
        FREE = "free", _("Free")
        LOW_COST = "low_cost", _("Low cost")

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="lists")
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=120)
    access = models.CharField(_("access"), max_length=10, choices=Access.choices)
    research4life_group = models.CharField(
        _("Research4Life group"), max_length=1, blank=True, choices=[("A", "A"), ("B", "B")]
    )
    terms = models.TextField(_("terms"), blank=True)
    # A list of InstitutionType values (JSON, so SQLite runs the site too); empty: open to every type.
    institution_types = models.JSONField(
        _("institution types"), default=list, blank=True, validators=[ChoiceListValidator(InstitutionType.values)]
    )
    countries: "models.Field[list[str], list[Country]]" = CountryField(_("countries"), multiple=True, blank=True)
    complete = models.BooleanField(_("every country read"), default=False)
    stated_count = models.PositiveSmallIntegerField(_("countries the source says the group has"), null=True, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    source = models.ForeignKey(Source, verbose_name=_("source"), on_delete=models.PROTECT, related_name="+")
    reviewed_on = models.DateField(_("list read on"))

    class Meta:
        ordering = ["programme__order", "order"]
        verbose_name = _("eligibility list")
        verbose_name_plural = _("eligibility lists")

    def __str__(self) -> str:
        return self.name

    @property
    def held(self) -> bool:
        return bool(self.countries)

    def clean(self):
        if self.complete and self.stated_count is not None and len(self.countries) != self.stated_count:
            message = _("The source counts %(n)s countries; the list holds %(held)s.") % {
                "n": self.stated_count,
                "held": len(self.countries),
            }
            raise ValidationError({"complete": message})


class Statistic(models.Model):
    """One yearly figure of a programme as a source states it; curators add them in the admin."""

    class Metric(models.TextChoices):
        REGISTERED = "registered", _("Registered institutions")
        ACTIVE = "active", _("Active institutions")
        LOGINS = "logins", _("Logins")

    class Qualifier(models.TextChoices):
        EXACT = "exact", _("exactly")
        MORE_THAN = "more_than", _("more than")

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="statistics")
    year = models.PositiveSmallIntegerField(_("year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)])
    metric = models.CharField(_("figure"), max_length=12, choices=Metric.choices)
    value = models.PositiveIntegerField(_("value"))
    qualifier = models.CharField(_("as stated"), max_length=10, choices=Qualifier.choices, default=Qualifier.EXACT)
    note = models.CharField(_("note"), max_length=300, blank=True)
    source = models.ForeignKey(Source, verbose_name=_("source"), on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["programme__order", "metric", "year"]
        constraints = [
            models.UniqueConstraint(fields=["programme", "metric", "year"], name="statistic_unique_per_year")
        ]
        verbose_name = _("programme statistic")
        verbose_name_plural = _("programme statistics")

    def __str__(self) -> str:
        return f"{self.programme} {self.get_metric_display()} {self.year}"
