from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Avg, Count, F, FloatField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from databases.features import Feature
from inspire.choices import choice_label
from inspire.jurisdictions import all_jurisdictions
from inspire.localtext import TRANSLATIONS_HELP

EARLIEST_YEAR = 1790  # the first US patent; no collection starts earlier


def validate_jurisdiction(code: str) -> None:
    if code not in all_jurisdictions():
        raise ValidationError(_("%(code)s is not a WIPO ST.3 country or office code."), params={"code": code})


def validate_language_codes(value: object) -> None:
    from django.conf.locale import LANG_INFO

    if not isinstance(value, list) or not all(isinstance(code, str) and code in LANG_INFO for code in value):
        raise ValidationError(_('Give a list of language codes such as ["en", "fr"].'))


class DatabaseQuerySet(models.QuerySet):
    def published(self) -> "DatabaseQuerySet":
        return self.filter(is_published=True)

    def with_stats(self) -> "DatabaseQuerySet":
        """Average rating, number of ratings, of jurisdictions covered and of features offered, for cards
        and sorting. Counted in SQL: a card needs no feature rows."""
        ratings = Rating.objects.filter(database=OuterRef("pk")).order_by().values("database")
        return self.annotate(
            rating_average=Subquery(ratings.annotate(avg=Avg("stars")).values("avg")),
            rating_count=Coalesce(Subquery(ratings.annotate(n=Count("pk")).values("n")), 0),
            rating_sort=Coalesce(F("rating_average"), Value(0.0), output_field=FloatField()),
            # A correlated count, not a join: no GROUP BY over every row, so paging and counting stay cheap.
            jurisdiction_count=Coalesce(
                Subquery(
                    Coverage.objects.covered()
                    .filter(database=OuterRef("pk"))
                    .order_by()
                    .values("database")
                    .annotate(n=Count("jurisdiction", distinct=True))
                    .values("n")
                ),
                0,
            ),
            available_feature_count=Coalesce(
                Subquery(
                    DatabaseFeature.objects.filter(database=OuterRef("pk"), available=True)
                    .order_by()
                    .values("database")
                    .annotate(n=Count("pk"))
                    .values("n")
                ),
                0,
            ),
        )

    def search(self, text: str) -> "DatabaseQuerySet":
        text = text.strip()
        if not text:
            return self
        return self.filter(
            Q(name__icontains=text)
            | Q(provider__icontains=text)
            | Q(summary__icontains=text)
            | Q(overview__icontains=text)
        )

    def with_features(self, codes: list[str]) -> "DatabaseQuerySet":
        """Databases offering every one of the features, matched by one grouped subquery however many."""
        codes = set(codes)
        if not codes:
            return self
        offering = (
            DatabaseFeature.objects.available()
            .filter(feature__in=codes)
            .order_by()
            .values("database")
            .annotate(n=Count("feature", distinct=True))
            .filter(n=len(codes))
        )
        return self.filter(pk__in=offering.values("database"))


class PatentDatabase(models.Model):
    class Kind(models.TextChoices):
        NATIONAL_OFFICE = "national_office", _("National office")
        REGIONAL_OFFICE = "regional_office", _("Regional or international office")
        COMMERCIAL = "commercial", _("Commercial")
        FREE_SERVICE = "free_service", _("Free or non-profit service")

    class Access(models.TextChoices):
        FREE = "free", _("Free, no sign-in")
        REGISTRATION = "registration", _("Free with registration")
        SUBSCRIPTION = "subscription", _("Subscription")

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=160)
    provider = models.CharField(_("provider"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    url = models.URLField(_("URL"), max_length=300)
    access = models.CharField(_("access"), max_length=20, choices=Access.choices)
    aspi = models.BooleanField(
        _("part of ASPI"),
        null=True,
        blank=True,
        default=None,
        help_text=_("Offered through WIPO's Access to Specialized Patent Information programme. Empty: not recorded."),
    )
    interface_languages = models.JSONField(
        _("interface languages"),
        default=list,
        blank=True,
        validators=[validate_language_codes],
        help_text=_('Language codes of the user interface, e.g. ["en", "ja"].'),
    )
    summary = models.CharField(_("summary"), max_length=300, help_text=_("One sentence shown on cards."))
    translations = models.JSONField(_("translations"), default=dict, blank=True, help_text=TRANSLATIONS_HELP)
    overview = models.TextField(_("overview"), help_text=_("Markdown."))
    strengths = models.TextField(_("strengths"), blank=True, help_text=_("Markdown."))
    limitations = models.TextField(_("limitations"), blank=True, help_text=_("Markdown."))
    tips = models.TextField(_("search tips"), blank=True, help_text=_("Markdown."))
    source_url = models.URLField(_("source URL"), max_length=300, help_text=_("Where the facts can be checked."))
    reviewed_on = models.DateField(_("last reviewed"))
    curator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("curator"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="curated_databases",
    )
    is_published = models.BooleanField(_("published"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = DatabaseQuerySet.as_manager()

    REPORT_FIELDS = ("overview", "strengths", "limitations", "tips")
    # A database's curated facts and report: the spreadsheet's columns and the API's write fields,
    # beside the slug (the key, which never changes) and the feature and coverage rows.
    CURATED_FIELDS = (
        "name",
        "provider",
        "kind",
        "url",
        "access",
        "aspi",
        "interface_languages",
        "summary",
        *REPORT_FIELDS,
        "source_url",
        "reviewed_on",
        "is_published",
    )
    # What the admin and the API write; the admin also sets the translations, both the curator.
    EDITABLE_FIELDS = (*CURATED_FIELDS, "translations", "curator")

    class Meta:
        ordering = ["name"]
        # The list's order: with it a page is the next 24 rows, not a sort of every database.
        indexes = [models.Index(fields=["name"], name="databases_by_name")]
        verbose_name = _("patent database")
        verbose_name_plural = _("patent databases")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("databases:detail", kwargs={"slug": self.slug})

    def get_kind_display(self) -> str:
        return choice_label(self.Kind, self.kind)

    def get_access_display(self) -> str:
        return choice_label(self.Access, self.access)

    @property
    def available_features(self) -> list["DatabaseFeature"]:
        """Features recorded as offered (reads the prefetched rows, so lists stay one query)."""
        return [row for row in self.features.all() if row.available]

    @property
    def interface_language_names(self) -> list[str]:
        return [get_language_info(code)["name"] for code in self.interface_languages]


class CoverageQuerySet(models.QuerySet):
    def covered(self) -> "CoverageQuerySet":
        return self.filter(covered=True)


class Coverage(models.Model):
    """What a database holds for one jurisdiction and one kind of document, and from when."""

    class Level(models.TextChoices):
        BIBLIOGRAPHIC = "bibliographic", _("Bibliographic data")
        ABSTRACTS = "abstracts", _("Abstracts")
        BIBLIO_ABSTRACT = "biblio_abstract", _("Bibliographic data and abstracts")
        FULL_TEXT = "full_text", _("Full text")
        IMAGES = "images", _("Images and drawings")
        LEGAL_STATUS = "legal_status", _("Legal status")
        CITATIONS = "citations", _("Citations")
        FAMILIES = "families", _("Patent families")

    class DocumentKind(models.TextChoices):
        APPLICATIONS = "applications", _("Applications")
        GRANTS = "grants", _("Grants")
        UTILITY_MODELS = "utility_models", _("Utility models")
        DESIGNS = "designs", _("Designs")

    database = models.ForeignKey(PatentDatabase, on_delete=models.CASCADE, related_name="coverage")
    jurisdiction = models.CharField(_("jurisdiction"), max_length=2, validators=[validate_jurisdiction])
    document_kind = models.CharField(_("documents"), max_length=20, choices=DocumentKind.choices)
    level = models.CharField(_("level"), max_length=20, choices=Level.choices)
    from_year = models.PositiveSmallIntegerField(
        _("from year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(EARLIEST_YEAR), MaxValueValidator(2100)],
        help_text=_("Earliest year held, only where known."),
    )
    to_year = models.PositiveSmallIntegerField(
        _("to year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(EARLIEST_YEAR), MaxValueValidator(2100)],
        help_text=_("Last year held, only where the collection stops; empty: up to date or not known."),
    )
    covered = models.BooleanField(
        _("covered"), default=True, help_text=_("Untick to record that the database does not hold these documents.")
    )
    note = models.CharField(_("note"), max_length=200, blank=True)
    source_url = models.URLField(_("source"), max_length=500, blank=True, help_text=_("Empty: the database's source."))
    reviewed_on = models.DateField(_("reviewed on"), null=True, blank=True, help_text=_("Empty: the database's date."))

    objects = CoverageQuerySet.as_manager()

    class Meta:
        ordering = ["jurisdiction", "document_kind", "level"]
        constraints = [
            models.UniqueConstraint(
                fields=["database", "jurisdiction", "document_kind", "level"], name="databases_unique_coverage"
            )
        ]
        verbose_name = _("coverage")
        verbose_name_plural = _("coverage")

    def __str__(self) -> str:
        since = f" since {self.from_year}" if self.from_year else ""
        return f"{self.jurisdiction} {self.get_document_kind_display()}: {self.get_level_display()}{since}"

    def get_level_display(self) -> str:
        return choice_label(self.Level, self.level)

    def get_document_kind_display(self) -> str:
        return choice_label(self.DocumentKind, self.document_kind)

    @property
    def jurisdiction_name(self) -> str:
        return all_jurisdictions().get(self.jurisdiction, self.jurisdiction)


class FeatureQuerySet(models.QuerySet):
    def available(self) -> "FeatureQuerySet":
        return self.filter(available=True)


class DatabaseFeature(models.Model):
    """A recorded fact about one feature: offered, or (available=False) recorded as lacking."""

    database = models.ForeignKey(PatentDatabase, on_delete=models.CASCADE, related_name="features")
    feature = models.CharField(_("feature"), max_length=30, choices=Feature.choices)
    available = models.BooleanField(
        _("available"), default=True, help_text=_("Untick to record that the database lacks this feature.")
    )
    note = models.CharField(_("note"), max_length=200, blank=True)

    objects = FeatureQuerySet.as_manager()

    class Meta:
        ordering = ["feature"]
        constraints = [models.UniqueConstraint(fields=["database", "feature"], name="databases_unique_feature")]
        verbose_name = _("feature")
        verbose_name_plural = _("features")

    def __str__(self) -> str:
        return self.get_feature_display()


class ReportRevision(models.Model):
    """The dated change log of a database report."""

    database = models.ForeignKey(PatentDatabase, on_delete=models.CASCADE, related_name="revisions")
    revised_on = models.DateField(_("revised on"))
    summary = models.CharField(_("what changed"), max_length=300)
    revised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-revised_on", "-created_at"]
        verbose_name = _("report revision")
        verbose_name_plural = _("report revisions")

    def __str__(self) -> str:
        return f"{self.database} {self.revised_on}: {self.summary}"


class Rating(models.Model):
    database = models.ForeignKey(PatentDatabase, on_delete=models.CASCADE, related_name="ratings")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="database_ratings")
    stars = models.PositiveSmallIntegerField(_("stars"), validators=[MinValueValidator(1), MaxValueValidator(5)])
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["database", "user"], name="databases_one_rating_per_user")]

    def __str__(self) -> str:
        return f"{self.user} rates {self.database} {self.stars}/5"


class CommentQuerySet(models.QuerySet):
    def approved(self) -> "CommentQuerySet":
        return self.filter(status=Comment.Status.APPROVED)


class Comment(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting moderation")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    database = models.ForeignKey(PatentDatabase, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="database_comments")
    body = models.TextField(_("comment"), max_length=4000)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(auto_now_add=True)
    moderated_at = models.DateTimeField(null=True, blank=True)

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("comment")
        verbose_name_plural = _("comments")

    def __str__(self) -> str:
        return f"{self.author} on {self.database}"


class Follow(models.Model):
    database = models.ForeignKey(PatentDatabase, on_delete=models.CASCADE, related_name="follows")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="database_follows")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["database", "user"], name="databases_one_follow_per_user")]

    def __str__(self) -> str:
        return f"{self.user} follows {self.database}"
