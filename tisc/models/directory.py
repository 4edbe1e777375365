"""The public directory: national TISC networks and their host institutions."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from inspire.jurisdictions import countries
from tisc.choices import InstitutionKind, Service

EARLIEST_YEAR = 2009  # WIPO's TISC programme started in 2009


def validate_country(code: str) -> None:
    if code not in countries():
        raise ValidationError(_("%(code)s is not an ISO 3166 country code."), params={"code": code})


def validate_language_codes(value: object) -> None:
    from django.conf.locale import LANG_INFO

    if not isinstance(value, list) or not all(isinstance(code, str) and code in LANG_INFO for code in value):
        raise ValidationError(_('Give a list of language codes such as ["en", "fr"].'))


class NetworkQuerySet(models.QuerySet):
    def published(self) -> "NetworkQuerySet":
        return self.filter(is_published=True)

    def with_listed_count(self) -> "NetworkQuerySet":
        return self.annotate(listed_count=Count("institutions", filter=Q(institutions__is_published=True)))


class Network(models.Model):
    """A national TISC network: one coordinating institution and the host institutions it works with."""

    # Present on networks read through NetworkQuerySet.with_listed_count().
    listed_count: int

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    country = models.CharField(
        _("country"),
        max_length=2,
        blank=True,
        validators=[validate_country],
        help_text=_("ISO code. Demo networks have none, so they are never mistaken for a country's real network."),
    )
    coordinator = models.CharField(_("coordinating institution"), max_length=200)
    coordinator_url = models.URLField(_("coordinator's website"), max_length=300, blank=True)
    since_year = models.PositiveSmallIntegerField(_("network since"), null=True, blank=True)
    stated_host_count = models.PositiveIntegerField(
        _("host institutions (stated)"),
        null=True,
        blank=True,
        help_text=_("The number of host institutions a source states; the directory may list fewer."),
    )
    stated_host_count_year = models.PositiveSmallIntegerField(_("stated in year"), null=True, blank=True)
    stated_host_count_source = models.URLField(_("source of the count"), max_length=500, blank=True)
    summary = models.TextField(_("summary"), blank=True, help_text=_("Markdown."))
    is_demo = models.BooleanField(
        _("demo"), default=False, help_text=_("Made-up data that shows how the workspace works.")
    )
    is_published = models.BooleanField(_("published"), default=True)
    dashboard_public = models.BooleanField(
        _("public dashboard"),
        default=False,
        help_text=_("Anyone may see the network's aggregated figures; individual records stay private."),
    )
    source_url = models.URLField(_("source"), max_length=500, blank=True, help_text=_("Required for real networks."))
    reviewed_on = models.DateField(_("reviewed on"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = NetworkQuerySet.as_manager()

    class Meta:
        ordering = ["is_demo", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["country"], condition=Q(is_demo=False), name="tisc_one_real_network_per_country"
            ),
            models.CheckConstraint(
                condition=Q(is_demo=True) | ~Q(country="") & ~Q(source_url=""),
                name="tisc_real_network_has_country_and_source",
            ),
        ]
        verbose_name = _("TISC network")
        verbose_name_plural = _("TISC networks")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("tisc:network", kwargs={"slug": self.slug})

    def clean(self):
        if not self.is_demo and not (self.country and self.source_url):
            raise ValidationError(_("A real network needs its country and the source that states it."))

    @property
    def country_name(self) -> str:
        return countries().get(self.country, "")

    def size(self, listed: int) -> int | None:
        """Host institutions: the larger of the stated count and those listed; None when neither is known."""
        if self.stated_host_count is None and not listed:
            return None
        return max(self.stated_host_count or 0, listed)


class HostInstitutionQuerySet(models.QuerySet):
    def published(self) -> "HostInstitutionQuerySet":
        return self.filter(is_published=True, network__is_published=True)

    def search(self, text: str) -> "HostInstitutionQuerySet":
        text = text.strip()
        if not text:
            return self
        return self.filter(Q(name__icontains=text) | Q(city__icontains=text) | Q(network__name__icontains=text))


class Institution(models.Model):
    """A host institution: where a TISC serves innovators."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="institutions")
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("type"), max_length=30, choices=InstitutionKind.choices)
    city = models.CharField(_("city"), max_length=100, blank=True, help_text=_("Empty: not recorded."))
    since_year = models.PositiveSmallIntegerField(_("TISC since"), null=True, blank=True)
    languages = models.JSONField(
        _("languages"),
        default=list,
        blank=True,
        validators=[validate_language_codes],
        help_text=_('Languages the TISC serves in, e.g. ["en", "fr"]. Empty: not recorded.'),
    )
    website = models.URLField(_("website"), max_length=300, blank=True)
    contact_url = models.URLField(_("contact page"), max_length=300, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)
    is_published = models.BooleanField(_("published"), default=True)
    source_url = models.URLField(_("source"), max_length=500, blank=True, help_text=_("Empty: the network's source."))
    reviewed_on = models.DateField(_("reviewed on"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = HostInstitutionQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["network", "name"], name="tisc_unique_institution_name")]
        verbose_name = _("host institution")
        verbose_name_plural = _("host institutions")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("tisc:institution", kwargs={"slug": self.slug})

    @property
    def is_demo(self) -> bool:
        return self.network.is_demo

    @property
    def language_names(self) -> list[str]:
        return [get_language_info(code)["name_translated"] for code in self.languages]

    @property
    def offered_services(self) -> list["InstitutionService"]:
        """Reads the prefetched rows, so lists stay at one query."""
        return list(self.services.all())

    @property
    def provenance(self) -> str:
        return self.source_url or self.network.source_url


class InstitutionService(models.Model):
    """A service recorded as offered; a service not listed is not recorded (never read as "not offered")."""

    institution = models.ForeignKey(Institution, on_delete=models.CASCADE, related_name="services")
    service = models.CharField(_("service"), max_length=30, choices=Service.choices)
    source_url = models.URLField(_("source"), max_length=500, blank=True, help_text=_("Empty: the institution's."))

    class Meta:
        ordering = ["service"]
        constraints = [models.UniqueConstraint(fields=["institution", "service"], name="tisc_unique_service")]
        verbose_name = _("service offered")
        verbose_name_plural = _("services offered")

    def __str__(self) -> str:
        return self.get_service_display()
