"""Patent jurisdictions, the online resources of their offices (registers, gazettes, …), a
jurisdiction file with legal-status notes, search tips and sample numbers, and sourced notes by topic."""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Exists, OuterRef, Q
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from inspire.choices import choice_label
from inspire.facts import Fact
from inspire.jurisdictions import REGIONS, portal_jurisdictions
from inspire.localtext import TRANSLATIONS_HELP

# Table columns. Each has three states: yes (the jurisdiction has a resource of one of these kinds),
# recorded no (a ColumnAbsence with its source) and not recorded (neither).
COLUMNS = {
    "register": (_("Online register"), ("register",)),
    "file_inspection": (_("Online file inspection"), ("file_inspection",)),
    "gazette": (_("Online gazette"), ("gazette", "bulletin")),
    "spc": (_("SPC / term extension"), ("spc",)),
    "publications": (_("Access to publications"), ("publications",)),
}


# How membership of each regional or international system is best described to a searcher.
SYSTEM_NAMES = {
    "EP": _("European Patent Convention (EPC)"),
    "WO": _("Patent Cooperation Treaty (PCT)"),
    "AP": _("ARIPO"),
    "OA": _("OAPI"),
    "EA": _("Eurasian Patent Convention (EAPO)"),
    "GC": _("GCC Patent Office"),
    "BX": _("Benelux (designs)"),
    "UPC": _("Unitary patent and Unified Patent Court"),
}


NOT_RECORDED_HELP = _("Empty (null): not recorded; nobody has checked.")


def validate_portal_code(code: str) -> None:
    if code not in portal_jurisdictions():
        raise ValidationError(_("%(code)s is not a known jurisdiction code."), params={"code": code})


def validate_language_list(value: str) -> None:
    """Comma-separated lower-case ISO 639-1 codes, e.g. "en,fr"."""
    if value and not all(len(part) == 2 and part.isalpha() and part.islower() for part in value.split(",")):
        raise ValidationError(_('Use comma-separated two-letter language codes, e.g. "en,fr".'))


class JurisdictionQuerySet(models.QuerySet):
    def member_of(self, organisation_codes: list[str]):
        """Jurisdictions belonging to every one of the organisations, matched by one grouped subquery."""
        codes = set(organisation_codes)
        if not codes:
            return self
        memberships = (
            Jurisdiction.memberships.through.objects.filter(to_jurisdiction__code__in=codes)
            .order_by()
            .values("from_jurisdiction")
            .annotate(n=Count("to_jurisdiction", distinct=True))
            .filter(n=len(codes))
        )
        return self.filter(pk__in=memberships.values("from_jurisdiction"))

    def with_language(self, language: str):
        """Jurisdictions with a resource in `language` (stored as comma-separated codes)."""
        return self.filter(
            Exists(
                Resource.objects.filter(jurisdiction=OuterRef("pk")).filter(
                    Q(languages=language)
                    | Q(languages__startswith=f"{language},")
                    | Q(languages__endswith=f",{language}")
                    | Q(languages__contains=f",{language},")
                )
            )
        )

    def with_free_access(self):
        return self.filter(Exists(Resource.objects.filter(jurisdiction=OuterRef("pk"), access=Resource.Access.FREE)))

    def search(self, text: str):
        return self.filter(Q(name__icontains=text) | Q(code__iexact=text) | Q(office_name__icontains=text))


class Jurisdiction(models.Model):
    class Kind(models.TextChoices):
        COUNTRY = "country", _("Country or territory")
        REGIONAL = "regional", _("Regional or international office")
        COURT = "court", _("Court or unitary system")

    code = models.CharField(_("code"), max_length=3, unique=True, validators=[validate_portal_code])
    name = models.CharField(_("name"), max_length=120)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.COUNTRY)
    region = models.CharField(_("region"), max_length=2, choices=list(REGIONS.items()), blank=True)
    office_name = models.CharField(_("office"), max_length=200, blank=True)
    office_url = models.URLField(_("office website"), blank=True)
    memberships = models.ManyToManyField(
        "self",
        symmetrical=False,
        related_name="members",
        blank=True,
        limit_choices_to={"kind__in": ["regional", "court"]},
        verbose_name=_("member of"),
        help_text=_("Regional and international systems this state belongs to (EPC, PCT, ARIPO, OAPI, EAPO, …)."),
    )
    source_url = models.URLField(_("source"), max_length=500, blank=True)
    reviewed_on = models.DateField(
        _("reviewed on"), null=True, blank=True, help_text=_("Empty: no curator has reviewed this jurisdiction yet.")
    )

    objects = JurisdictionQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("jurisdiction")
        verbose_name_plural = _("jurisdictions")

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"

    # What a table row shows, set on the rows of a page by registers.selectors.with_table_data.
    states: dict[str, "ColumnState"]
    systems: list["Jurisdiction"]

    def get_absolute_url(self) -> str:
        return reverse("registers:detail", args=[self.code])

    @property
    def local_name(self) -> str:
        """The name in the reader's language where ISO 3166 has one (django-countries ships the
        translations); the curated English name otherwise, and always in English."""
        if self.kind != self.Kind.COUNTRY or get_language() == settings.LANGUAGE_CODE:
            return self.name
        return countries.name(self.code) or self.name

    @property
    def system_name(self) -> str:
        """Name of the system this office runs, as shown next to its member states."""
        return str(SYSTEM_NAMES.get(self.code, self.name))

    @property
    def is_office(self) -> bool:
        return self.kind != self.Kind.COUNTRY


class Resource(models.Model):
    class Kind(models.TextChoices):
        REGISTER = "register", _("Online register")
        FILE_INSPECTION = "file_inspection", _("Online file inspection")
        GAZETTE = "gazette", _("Gazette")
        BULLETIN = "bulletin", _("Bulletin")
        LEGAL_STATUS = "legal_status", _("Legal-status service")
        SPC = "spc", _("SPC / term extension data")
        PUBLICATIONS = "publications", _("Publications")
        # Serves none of the table's columns as far as anyone has recorded.
        OTHER = "other", _("Other online service")

    class Access(models.TextChoices):
        FREE = "free", _("Free")
        REGISTRATION = "registration", _("Free with registration")
        PAID = "paid", _("Paid")

    jurisdiction = models.ForeignKey(
        Jurisdiction, on_delete=models.CASCADE, related_name="resources", verbose_name=_("jurisdiction")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(_("URL"), max_length=500)
    languages = models.CharField(
        _("languages"), max_length=60, blank=True, validators=[validate_language_list], help_text=_('e.g. "en,fr"')
    )
    access = models.CharField(_("access"), max_length=12, choices=Access.choices, default=Access.FREE)
    searchable_by_number = models.BooleanField(
        _("search by number"), null=True, blank=True, help_text=NOT_RECORDED_HELP
    )
    searchable_by_applicant = models.BooleanField(
        _("search by applicant"), null=True, blank=True, help_text=NOT_RECORDED_HELP
    )
    has_api = models.BooleanField(_("API"), null=True, blank=True, help_text=NOT_RECORDED_HELP)
    has_bulk_data = models.BooleanField(_("bulk data"), null=True, blank=True, help_text=NOT_RECORDED_HELP)
    notes = models.TextField(_("notes"), blank=True)
    source_url = models.URLField(
        _("source"), max_length=500, blank=True, help_text=_("The page that states these facts.")
    )
    reviewed_on = models.DateField(_("reviewed on"), null=True, blank=True)
    # Link health, written by the weekly link check.
    link_ok = models.BooleanField(_("link works"), null=True, blank=True)
    link_status_code = models.PositiveSmallIntegerField(_("HTTP status"), null=True, blank=True)
    link_checked_at = models.DateTimeField(_("link checked at"), null=True, blank=True)
    link_error = models.CharField(_("link error"), max_length=300, blank=True)

    class Meta:
        ordering = ["jurisdiction__name", "kind", "title"]
        verbose_name = _("resource")
        verbose_name_plural = _("resources")
        constraints = [
            models.UniqueConstraint(fields=["jurisdiction", "kind", "url"], name="registers_unique_resource"),
        ]
        # The register table reads the first resource of each kind per jurisdiction (selectors).
        indexes = [models.Index(fields=["jurisdiction", "kind", "id"], name="registers_resource_first")]

    def __str__(self) -> str:
        return f"{self.jurisdiction.code} {self.get_kind_display()}: {self.title}"

    # A jurisdiction file shows both labels for each of its resources.
    def get_kind_display(self) -> str:
        return choice_label(self.Kind, self.kind)

    def get_access_display(self) -> str:
        return choice_label(self.Access, self.access)

    @property
    def language_list(self) -> list[str]:
        return [code for code in self.languages.split(",") if code]

    @property
    def feature_rows(self) -> list[tuple[str, bool | None]]:
        return [(self._meta.get_field(name).verbose_name, getattr(self, name)) for name in FEATURE_FIELDS]


FEATURE_FIELDS = ("searchable_by_number", "searchable_by_applicant", "has_api", "has_bulk_data")


class ColumnAbsence(models.Model):
    """A source saying a jurisdiction lacks what a table column stands for (e.g. "no online register").

    Without one, a column with no resource is not recorded, never "no"."""

    jurisdiction = models.ForeignKey(
        Jurisdiction, on_delete=models.CASCADE, related_name="absences", verbose_name=_("jurisdiction")
    )
    column = models.CharField(
        _("column"), max_length=20, choices=[(key, label) for key, (label, _k) in COLUMNS.items()]
    )
    note = models.CharField(_("note"), max_length=300, blank=True)
    source_url = models.URLField(_("source"), max_length=500, help_text=_("The page that says it is absent."))
    reviewed_on = models.DateField(_("reviewed on"))

    class Meta:
        ordering = ["jurisdiction__name", "column"]
        verbose_name = _("recorded absence")
        verbose_name_plural = _("recorded absences")
        constraints = [
            models.UniqueConstraint(fields=["jurisdiction", "column"], name="registers_unique_absence"),
        ]

    def __str__(self) -> str:
        return f"{self.jurisdiction.code}: no {self.get_column_display()}"


@dataclass(frozen=True)
class ColumnState:
    """One table cell: yes with the resource to link to, recorded no with its source, or not recorded."""

    fact: Fact
    resource: Resource | None = None
    absence: ColumnAbsence | None = None


NOT_RECORDED = ColumnState(Fact.UNKNOWN)


STATUS_FIELDS = (
    "shows_pending",
    "shows_granted",
    "shows_lapsed",
    "shows_fees",
    "shows_oppositions",
    "shows_spc",
    "shows_transfers",
)


# The file's prose, which has translations.
FILE_PROSE = ("how_to_search", "search_tips", "coverage_notes")


class JurisdictionFile(models.Model):
    """What a searcher needs to know about one jurisdiction's legal-status information."""

    jurisdiction = models.OneToOneField(
        Jurisdiction, on_delete=models.CASCADE, related_name="file", verbose_name=_("jurisdiction")
    )
    # What the online register shows.
    shows_pending = models.BooleanField(_("pending applications"), null=True, blank=True, help_text=NOT_RECORDED_HELP)
    shows_granted = models.BooleanField(_("granted rights"), null=True, blank=True, help_text=NOT_RECORDED_HELP)
    shows_lapsed = models.BooleanField(_("lapses"), null=True, blank=True, help_text=NOT_RECORDED_HELP)
    shows_fees = models.BooleanField(_("renewal fees"), null=True, blank=True, help_text=NOT_RECORDED_HELP)
    shows_oppositions = models.BooleanField(_("oppositions"), null=True, blank=True, help_text=NOT_RECORDED_HELP)
    shows_spc = models.BooleanField(_("SPCs / term extensions"), null=True, blank=True, help_text=NOT_RECORDED_HELP)
    shows_transfers = models.BooleanField(_("transfers"), null=True, blank=True, help_text=NOT_RECORDED_HELP)
    how_to_search = models.TextField(_("how to search"), blank=True, help_text=_("Markdown."))
    search_tips = models.TextField(_("search tips"), blank=True, help_text=_("Markdown."))
    coverage_notes = models.TextField(_("coverage notes"), blank=True, help_text=_("Markdown."))
    translations = models.JSONField(_("translations"), default=dict, blank=True, help_text=TRANSLATIONS_HELP)
    source_url = models.URLField(_("source"), max_length=500, blank=True)
    reviewed_on = models.DateField(_("reviewed on"), null=True, blank=True)

    class Meta:
        verbose_name = _("jurisdiction file")
        verbose_name_plural = _("jurisdiction files")

    def __str__(self) -> str:
        return str(self.jurisdiction)

    @property
    def status_rows(self) -> list[tuple[str, bool | None]]:
        return [(self._meta.get_field(name).verbose_name, getattr(self, name)) for name in STATUS_FIELDS]


class SampleNumber(models.Model):
    """A number in the office's own format and how to type it into its register."""

    class Kind(models.TextChoices):
        APPLICATION = "application", _("Application number")
        PUBLICATION = "publication", _("Publication number")
        PATENT = "patent", _("Patent or grant number")

    jurisdiction = models.ForeignKey(
        Jurisdiction, on_delete=models.CASCADE, related_name="sample_numbers", verbose_name=_("jurisdiction")
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    as_printed = models.CharField(_("as printed"), max_length=80)
    as_entered = models.CharField(_("as entered in the register"), max_length=80)
    notes = models.CharField(_("notes"), max_length=300, blank=True)
    # Empty: the jurisdiction file's source and review date apply.
    source_url = models.URLField(
        _("source"), max_length=500, blank=True, help_text=_("The page printing this number, if not the file's.")
    )
    reviewed_on = models.DateField(_("reviewed on"), null=True, blank=True)

    class Meta:
        ordering = ["kind", "as_printed"]
        verbose_name = _("sample number")
        verbose_name_plural = _("sample numbers")
        constraints = [
            models.UniqueConstraint(fields=["jurisdiction", "kind", "as_printed"], name="registers_unique_sample"),
        ]

    def __str__(self) -> str:
        return f"{self.jurisdiction.code} {self.as_printed}"


class JurisdictionNote(models.Model):
    """One sourced statement about a jurisdiction, shown on its page under its topic's heading."""

    # The labels are the headings of the jurisdiction page.
    class Topic(models.TextChoices):
        REGISTER_CONTENTS = "register_contents", _("What the register shows")
        GAZETTE_FREQUENCY = "gazette_frequency", _("Gazette")
        NUMBER_FORMAT = "number_format", _("Number formats")
        REGIONAL_ROUTES = "regional_routes", _("Regional routes that reach it")
        SPC_REGIME = "spc_regime", _("SPC and term extension")
        LANGUAGES = "languages", _("Languages")
        PROTECTION_ROUTE = "protection_route", _("How protection is obtained")
        SEARCH_TIPS = "search_tips", _("Search tips")

    jurisdiction = models.ForeignKey(
        Jurisdiction, on_delete=models.CASCADE, related_name="notes", verbose_name=_("jurisdiction")
    )
    topic = models.CharField(_("topic"), max_length=20, choices=Topic.choices)
    # The note's place among its topic's notes in the content file: what identifies it there.
    position = models.PositiveSmallIntegerField(
        _("position"), default=1, help_text=_("Order among this jurisdiction's notes on the same topic.")
    )
    text = models.TextField(_("text"), help_text=_("Markdown, a sentence or two."))
    translations = models.JSONField(_("translations"), default=dict, blank=True, help_text=TRANSLATIONS_HELP)
    source_url = models.URLField(_("source"), max_length=500, help_text=_("The page that states this."))
    reviewed_on = models.DateField(_("reviewed on"))

    class Meta:
        ordering = ["topic", "position"]
        verbose_name = _("note")
        verbose_name_plural = _("notes")
        constraints = [
            models.UniqueConstraint(fields=["jurisdiction", "topic", "position"], name="registers_unique_note"),
        ]

    def __str__(self) -> str:
        return f"{self.jurisdiction.code} {self.get_topic_display()}: {self.text[:60]}"
