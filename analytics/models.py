"""Patent Landscape Reports (PLR) and WIPO Technology Trends (WITT) reports, their publishers and the
technology fields they cover. Downloads are counted on the report row and logged as events."""

import zlib

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import Country, CountryField

from analytics.validators import validate_cover_image, validate_pdf

MAX_EDITION_CHAIN = 20


class Series(models.TextChoices):
    PLR = "plr", _("Patent Landscape Report")
    WITT = "witt", _("WIPO Technology Trends")


class Region(models.TextChoices):
    GLOBAL = "global", _("Global")
    AFRICA = "africa", _("Africa")
    ARAB = "arab", _("Arab region")
    ASIA_PACIFIC = "asia_pacific", _("Asia and the Pacific")
    EUROPE = "europe", _("Europe")
    LATIN_AMERICA = "latin_america", _("Latin America and the Caribbean")
    NORTH_AMERICA = "north_america", _("North America")


class Publisher(models.Model):
    class Kind(models.TextChoices):
        IGO = "igo", _("Intergovernmental organization")
        IP_OFFICE = "ip_office", _("Intellectual property office")
        OTHER = "other", _("Other organization")

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    acronym = models.CharField(_("acronym"), max_length=20, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    country: "models.Field[str, Country]" = CountryField(
        _("country"), blank=True, help_text=_("Seat of a national organization; empty for IGOs.")
    )
    website_url = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True, help_text=_("Markdown, written by curators."))
    source_url = models.URLField(_("source"), help_text=_("Where the facts above can be checked."))
    reviewed_on = models.DateField(_("reviewed on"))

    class Meta:
        ordering = ["name"]
        verbose_name = _("publisher")
        verbose_name_plural = _("publishers")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("analytics:publisher_detail", kwargs={"slug": self.slug})


class TechnologyField(models.Model):
    """A two-level taxonomy: broad areas (no parent) and the fields inside them."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("broader field"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("technology field")
        verbose_name_plural = _("technology fields")

    def __str__(self) -> str:
        return self.name

    def clean(self):
        if self.parent_id and (self.parent_id == self.pk or self.parent.parent_id):
            raise ValidationError({"parent": _("A broader field must itself be a top-level field.")})


class Language(models.Model):
    code = models.CharField(_("code"), max_length=8, primary_key=True, help_text=_("ISO 639-1, e.g. en."))
    name = models.CharField(_("name"), max_length=60, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("language")
        verbose_name_plural = _("languages")

    def __str__(self) -> str:
        return self.name


class ReportQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def obtainable(self):
        """Reports with a way to the full text: an uploaded PDF or the publisher's own page."""
        return self.exclude(landing_url="", pdf="")

    def with_card_relations(self):
        return self.select_related("publisher").prefetch_related("fields", "languages")

    def search(self, text: str):
        text = text.strip()
        if not text:
            return self
        return self.filter(
            Q(title__icontains=text)
            | Q(summary__icontains=text)
            | Q(classes__icontains=text)
            | Q(publisher__name__icontains=text)
            | Q(publisher__acronym__iexact=text)
        )

    def in_fields(self, fields):
        """Reports tagged with any of `fields` or with a narrower field inside one of them."""
        ids = [field.pk for field in fields]
        return self.filter(Q(fields__in=ids) | Q(fields__parent__in=ids)).distinct()


# Colours of the generated covers (`.cover-tone-<n>` in analytics.css).
COVER_TONES = 8


class Report(models.Model):
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    series = models.CharField(_("series"), max_length=10, choices=Series.choices, default=Series.PLR, db_index=True)
    publisher = models.ForeignKey(
        Publisher, verbose_name=_("publisher"), on_delete=models.PROTECT, related_name="reports"
    )
    prepared_with = models.CharField(
        _("prepared with"), max_length=300, blank=True, help_text=_("Partners named on the report, if any.")
    )
    publication_year = models.PositiveSmallIntegerField(
        _("publication year"),
        null=True,
        blank=True,
        db_index=True,
        validators=[MinValueValidator(1950), MaxValueValidator(2100)],
    )
    edition = models.PositiveSmallIntegerField(_("edition"), default=1, validators=[MinValueValidator(1)])
    previous_edition = models.ForeignKey(
        "self",
        verbose_name=_("previous edition"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="later_editions",
    )
    fields = models.ManyToManyField(TechnologyField, verbose_name=_("technology fields"), related_name="reports")
    classes = models.CharField(
        _("IPC/CPC classes"), max_length=300, blank=True, help_text=_("Separated by semicolons, e.g. A61K; A61P.")
    )
    region = models.CharField(_("region"), max_length=20, choices=Region.choices, default=Region.GLOBAL)
    countries: "models.Field[list[str], list[Country]]" = CountryField(
        _("countries of focus"), multiple=True, blank=True
    )
    languages = models.ManyToManyField(Language, verbose_name=_("languages"), related_name="reports", blank=True)
    summary = models.TextField(_("summary"), blank=True, help_text=_("Markdown, written by curators."))
    cover_image = models.FileField(
        _("cover image"), upload_to="analytics/covers/", blank=True, validators=[validate_cover_image]
    )
    landing_url = models.URLField(_("landing page"), blank=True, max_length=500)
    pdf = models.FileField(_("PDF file"), upload_to="analytics/reports/", blank=True, validators=[validate_pdf])
    download_count = models.PositiveIntegerField(_("downloads"), default=0, editable=False)
    is_published = models.BooleanField(_("published"), default=True)
    source_url = models.URLField(_("source"), max_length=500, help_text=_("Where the facts above can be checked."))
    reviewed_on = models.DateField(_("reviewed on"))
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ReportQuerySet.as_manager()

    class Meta:
        ordering = ["-publication_year", "title"]
        # The catalogue's default order ("newest"): a page reads the next rows instead of sorting all.
        indexes = [models.Index(fields=["-publication_year", "title"], name="analytics_report_newest")]
        verbose_name = _("report")
        verbose_name_plural = _("reports")

    def __str__(self) -> str:
        return f"{self.title} ({self.publication_year})" if self.publication_year else self.title

    def get_absolute_url(self) -> str:
        return reverse("analytics:report_detail", kwargs={"slug": self.slug})

    def get_download_url(self) -> str:
        return reverse("analytics:report_download", kwargs={"slug": self.slug})

    @property
    def is_downloadable(self) -> bool:
        return bool(self.pdf or self.landing_url)

    @property
    def cover_tone(self) -> int:
        """Which of the typographic cover's colours (`analytics.css`, COVER_TONES of them) the report
        gets when it has no cover image: one per technology field, so related reports look alike."""
        field = min((field.slug for field in self.fields.all()), default=self.series)
        return zlib.crc32(field.encode()) % COVER_TONES

    @property
    def class_list(self) -> list[str]:
        return [code.strip() for code in self.classes.split(";") if code.strip()]

    def clean(self):
        previous = self.previous_edition
        if previous is None:
            return
        if self.pk and previous.pk == self.pk:
            raise ValidationError({"previous_edition": _("A report cannot be its own previous edition.")})
        seen = {self.pk}
        for _step in range(MAX_EDITION_CHAIN):
            if previous is None:
                break
            if previous.pk in seen:
                raise ValidationError({"previous_edition": _("These editions would form a loop.")})
            seen.add(previous.pk)
            previous = previous.previous_edition
        if self.edition <= self.previous_edition.edition:
            raise ValidationError(
                {"edition": _("A later edition needs a higher edition number than the one it follows.")}
            )


class ReportDownload(models.Model):
    """One counted download. Holds no personal data; site-wide usage analytics keeps the visit."""

    class Served(models.TextChoices):
        FILE = "file", _("Uploaded PDF")
        LINK = "link", _("Landing page")

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="downloads")
    served = models.CharField(max_length=10, choices=Served.choices)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("report download")
        verbose_name_plural = _("report downloads")

    def __str__(self) -> str:
        return f"{self.report_id} @ {self.created_at:%Y-%m-%d %H:%M}"


class Guide(models.Model):
    """A methodology guide on patent analytics or landscape reports, listed beside the catalogue."""

    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    title = models.CharField(_("title"), max_length=300)
    # As the guide names it: some publishers of guides publish no report in the catalogue.
    publisher = models.CharField(_("publisher"), max_length=200)
    year = models.PositiveSmallIntegerField(
        _("year"), null=True, blank=True, validators=[MinValueValidator(1950), MaxValueValidator(2100)]
    )
    url = models.URLField(_("address"), max_length=500)
    languages = models.ManyToManyField(Language, verbose_name=_("languages"), related_name="guides", blank=True)
    summary = models.TextField(_("summary"), blank=True, help_text=_("Markdown, written by curators."))
    source_url = models.URLField(_("source"), max_length=500, help_text=_("Where the facts above can be checked."))
    reviewed_on = models.DateField(_("reviewed on"))

    class Meta:
        ordering = ["title"]
        verbose_name = _("methodology guide")
        verbose_name_plural = _("methodology guides")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return f"{reverse('analytics:guides')}#{self.slug}"
