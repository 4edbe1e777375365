"""The learning catalogue (courses, workshops, regional meetings and publications), learning paths of
ordered steps, and each learner's progress, which only the learner and their coordinator may see."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _

from inspire.localtext import LocalText
from inspire.validators import ChoiceListValidator
from learning.hublinks import HubLink, hub_link

# WIPO's working languages and Portuguese: the languages its courses and publications come in.
LANGUAGES = [
    ("ar", _("Arabic")),
    ("zh", _("Chinese")),
    ("en", _("English")),
    ("fr", _("French")),
    ("pt", _("Portuguese")),
    ("ru", _("Russian")),
    ("es", _("Spanish")),
]
LANGUAGE_NAMES = dict(LANGUAGES)


class Kind(models.TextChoices):
    COURSE = "course", _("Course")
    WORKSHOP = "workshop", _("Workshop")
    MEETING = "meeting", _("Regional or international meeting")
    GUIDE = "guide", _("Guide")
    MANUAL = "manual", _("Manual or handbook")
    TOOLKIT = "toolkit", _("Toolkit")


PUBLICATION_KINDS = (Kind.GUIDE, Kind.MANUAL, Kind.TOOLKIT)


class Format(models.TextChoices):
    SELF_PACED = "self_paced", _("Self-paced")
    INSTRUCTOR_LED = "instructor_led", _("Instructor-led")
    ON_SITE = "on_site", _("On-site")
    BLENDED = "blended", _("Blended: online and in person")


class Level(models.TextChoices):
    INTRODUCTORY = "introductory", _("Introductory")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class LearningProvider(models.Model):
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200, unique=True)
    website = models.URLField(_("website"), max_length=500, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("learning provider")
        verbose_name_plural = _("learning providers")

    def __str__(self) -> str:
        return self.name


class Topic(models.Model):
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=120, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self) -> str:
        return self.name


class ResourceQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def for_cards(self):
        return self.select_related("provider").prefetch_related("topics", "editions")

    def search(self, text: str):
        text = text.strip()
        if not text:
            return self
        return self.filter(
            models.Q(title__icontains=text)
            | models.Q(summary__icontains=text)
            | models.Q(provider__name__icontains=text)
            | models.Q(topics__name__icontains=text)
        ).distinct()


class LearningResource(models.Model):
    """Empty format, level, duration, languages or link mean "not recorded", never "none"."""

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    title = models.CharField(_("title"), max_length=300)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, db_index=True)
    provider = models.ForeignKey(LearningProvider, verbose_name=_("provider"), on_delete=models.PROTECT)
    format = models.CharField(_("format"), max_length=16, choices=Format.choices, blank=True)
    level = models.CharField(_("level"), max_length=14, choices=Level.choices, blank=True)
    duration = models.CharField(_("duration"), max_length=120, blank=True)
    # Language codes as a JSON list, so SQLite runs the site too.
    languages = models.JSONField(_("languages"), default=list, blank=True)
    topics = models.ManyToManyField(Topic, verbose_name=_("topics"), related_name="resources", blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    url = models.URLField(_("provider's page"), max_length=500, blank=True)
    summary = models.TextField(_("summary"), help_text=_("Markdown."))
    hub_links = models.JSONField(
        _("hub pages"), default=list, blank=True, validators=[ChoiceListValidator(HubLink.values)]
    )
    is_published = models.BooleanField(_("published"), default=True)
    source = models.ForeignKey(
        "programmes.Source", verbose_name=_("source"), on_delete=models.PROTECT, related_name="+"
    )
    reviewed_on = models.DateField(_("reviewed on"))

    objects = ResourceQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        verbose_name = _("learning resource")
        verbose_name_plural = _("learning resources")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("learning:resource", kwargs={"slug": self.slug})

    @property
    def local_title(self) -> LocalText:
        """The title in the reader's language where the provider publishes an edition in it (its own
        title, never ours), else the English title."""
        language = get_language() or settings.LANGUAGE_CODE
        if language != settings.LANGUAGE_CODE:
            wanted = language.split("-")[0]  # the hub's "zh-hans" is the editions' "zh"
            edition = next((e for e in self.editions.all() if e.language == wanted), None)
            if edition is not None:
                return LocalText(edition.title, language, False)
        return LocalText(self.title, settings.LANGUAGE_CODE, language != settings.LANGUAGE_CODE)

    @property
    def is_publication(self) -> bool:
        return self.kind in PUBLICATION_KINDS

    @property
    def language_names(self) -> list[str]:
        return [str(LANGUAGE_NAMES.get(code, code)) for code in self.languages]

    @property
    def hub_pages(self) -> list[tuple[str, str]]:
        return [hub_link(value) for value in self.hub_links]


class Edition(models.Model):
    """A publication in one language; `url` only where the provider's page for it was read."""

    resource = models.ForeignKey(LearningResource, on_delete=models.CASCADE, related_name="editions")
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGES)
    title = models.CharField(_("title in this language"), max_length=300)
    url = models.URLField(_("provider's page"), max_length=500, blank=True)

    class Meta:
        ordering = ["language"]
        constraints = [models.UniqueConstraint(fields=["resource", "language"], name="edition_one_per_language")]
        verbose_name = _("language edition")
        verbose_name_plural = _("language editions")

    def __str__(self) -> str:
        return f"{self.resource} ({self.language})"

    @property
    def language_name(self) -> str:
        return str(LANGUAGE_NAMES.get(self.language) or get_language_info(self.language)["name"])


class LearningPath(models.Model):
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), help_text=_("Markdown."))
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    source = models.ForeignKey(
        "programmes.Source", verbose_name=_("source"), on_delete=models.PROTECT, related_name="+"
    )
    reviewed_on = models.DateField(_("reviewed on"))

    class Meta:
        ordering = ["order", "title"]
        verbose_name = _("learning path")
        verbose_name_plural = _("learning paths")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("learning:path", kwargs={"slug": self.slug})


class PathStep(models.Model):
    path = models.ForeignKey(LearningPath, on_delete=models.CASCADE, related_name="steps")
    position = models.PositiveSmallIntegerField(_("position"))
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True, help_text=_("Markdown."))
    resource = models.ForeignKey(
        LearningResource, verbose_name=_("resource"), null=True, blank=True, on_delete=models.SET_NULL
    )
    hub_link = models.CharField(_("hub page"), max_length=30, choices=HubLink.choices, blank=True)

    class Meta:
        ordering = ["path", "position"]
        constraints = [models.UniqueConstraint(fields=["path", "position"], name="step_position_unique")]
        verbose_name = _("path step")
        verbose_name_plural = _("path steps")

    def __str__(self) -> str:
        return f"{self.path} {self.position}. {self.title}"

    @property
    def hub_page(self) -> tuple[str, str] | None:
        return hub_link(self.hub_link) if self.hub_link else None


class StepCompletion(models.Model):
    """A learner marked a step done. Private: shown only to the learner and their coordinator."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="step_completions")
    step = models.ForeignKey(PathStep, on_delete=models.CASCADE, related_name="completions")
    completed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "step"], name="step_done_once")]
        verbose_name = _("completed step")
        verbose_name_plural = _("completed steps")

    def __str__(self) -> str:
        return f"{self.user_id}: {self.step_id}"


class Coordination(models.Model):
    """A TISC coordinator follows the learning of a member of their staff. Staff assign these in the
    admin until the TISC network's own roles exist; this is the only hook progress visibility uses."""

    coordinator = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("coordinator"), on_delete=models.CASCADE, related_name="coordinated"
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("TISC staff member"),
        on_delete=models.CASCADE,
        related_name="coordinators",
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["coordinator", "member"], name="coordination_unique")]
        verbose_name = _("coordination")
        verbose_name_plural = _("coordinations")

    def __str__(self) -> str:
        return f"{self.coordinator} → {self.member}"

    def clean(self):
        if self.coordinator_id and self.coordinator_id == self.member_id:
            raise ValidationError({"member": _("A coordinator cannot coordinate themselves.")})
        for name in ("coordinator", "member"):
            person = getattr(self, name) if getattr(self, f"{name}_id") else None
            if person is not None and person.role != person.Role.TISC_STAFF:
                raise ValidationError({name: _("Coordinators and the staff they follow must be TISC or TTO staff.")})
