"""A network's national project: objectives, indicators with baselines and yearly targets, a work plan."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tisc.choices import Gender, RequesterCategory, RequestKind
from tisc.models.directory import EARLIEST_YEAR, Institution, Network

YEAR_VALIDATORS = [MinValueValidator(EARLIEST_YEAR), MaxValueValidator(2100)]


class Project(models.Model):
    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="projects")
    title = models.CharField(_("title"), max_length=200)
    objectives = models.TextField(_("objectives"), help_text=_("Markdown."))
    start_year = models.PositiveSmallIntegerField(_("first year"), validators=YEAR_VALIDATORS)
    end_year = models.PositiveSmallIntegerField(_("last year"), validators=YEAR_VALIDATORS)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    EDITABLE_FIELDS = ("title", "objectives", "start_year", "end_year")

    class Meta:
        ordering = ["network", "-start_year"]
        constraints = [
            models.CheckConstraint(condition=Q(end_year__gte=F("start_year")), name="tisc_project_years_in_order")
        ]
        verbose_name = _("national project")
        verbose_name_plural = _("national projects")

    def __str__(self) -> str:
        return f"{self.title} ({self.start_year}-{self.end_year})"

    def get_absolute_url(self) -> str:
        return reverse("tisc:project", kwargs={"network": self.network.slug})

    def clean(self):
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("The last year cannot come before the first.")})

    @property
    def years(self) -> list[int]:
        return list(range(self.start_year, self.end_year + 1))


class Indicator(models.Model):
    """A figure computed from what TISCs record, optionally narrowed to one kind, requester or gender."""

    class Measure(models.TextChoices):
        REQUESTS = "requests", _("Service requests handled")
        SEARCHES = "searches", _("Searches performed")
        HOURS = "hours", _("Hours of service")
        TRAININGS = "trainings", _("Trainings held")
        PARTICIPANTS = "participants", _("Training participants")

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="indicators")
    name = models.CharField(_("name"), max_length=200)
    measure = models.CharField(_("measure"), max_length=20, choices=Measure.choices)
    kind = models.CharField(
        _("only requests of kind"),
        max_length=30,
        choices=RequestKind.choices,
        blank=True,
        help_text=_("Requests only."),
    )
    requester_category = models.CharField(
        _("only requesters"),
        max_length=20,
        choices=RequesterCategory.choices,
        blank=True,
        help_text=_("Requests only."),
    )
    gender = models.CharField(
        _("only gender"), max_length=10, choices=Gender.choices, blank=True, help_text=_("Requesters or participants.")
    )
    baseline = models.PositiveIntegerField(_("baseline"), null=True, blank=True)
    baseline_year = models.PositiveSmallIntegerField(
        _("baseline year"), null=True, blank=True, validators=YEAR_VALIDATORS
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    # The coordinator's form leaves out position: new indicators go last.
    EDITABLE_FIELDS = (
        "name",
        "measure",
        "kind",
        "requester_category",
        "gender",
        "baseline",
        "baseline_year",
        "position",
    )

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self) -> str:
        return self.name

    REQUEST_MEASURES = (Measure.REQUESTS, Measure.SEARCHES, Measure.HOURS)

    def clean(self):
        if self.measure not in self.REQUEST_MEASURES and (self.kind or self.requester_category):
            raise ValidationError(_("Only request measures can be narrowed to a kind of request or requester."))
        if self.measure == self.Measure.TRAININGS and self.gender:
            raise ValidationError({"gender": _("Trainings are counted as events; narrow participants by gender.")})
        if (self.baseline is None) != (self.baseline_year is None):
            raise ValidationError({"baseline_year": _("Give the baseline and its year together.")})


class Target(models.Model):
    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="targets")
    year = models.PositiveSmallIntegerField(_("year"), validators=YEAR_VALIDATORS)
    value = models.PositiveIntegerField(_("target"))

    class Meta:
        ordering = ["year"]
        constraints = [models.UniqueConstraint(fields=["indicator", "year"], name="tisc_one_target_per_year")]
        verbose_name = _("target")
        verbose_name_plural = _("targets")

    def __str__(self) -> str:
        return f"{self.indicator}: {self.value} in {self.year}"


class Activity(models.Model):
    """One line of the work plan."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        IN_PROGRESS = "in_progress", _("In progress")
        DONE = "done", _("Done")
        CANCELLED = "cancelled", _("Cancelled")

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="activities")
    title = models.CharField(_("activity"), max_length=200)
    description = models.TextField(_("description"), blank=True, help_text=_("Markdown."))
    institution = models.ForeignKey(
        Institution, verbose_name=_("host institution"), on_delete=models.SET_NULL, null=True, blank=True
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="tisc_activities",
    )
    due_on = models.DateField(_("due on"))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PLANNED)
    completed_on = models.DateField(_("completed on"), null=True, blank=True)

    # completed_on follows status (see clean) unless given.
    EDITABLE_FIELDS = ("title", "description", "institution", "owner", "due_on", "status", "completed_on")

    class Meta:
        ordering = ["due_on", "pk"]
        verbose_name = _("work plan activity")
        verbose_name_plural = _("work plan activities")

    def __str__(self) -> str:
        return self.title

    def clean(self):
        if self.institution_id and self.project_id and self.institution.network_id != self.project.network_id:
            raise ValidationError({"institution": _("Choose a host institution of this network.")})
        if self.status != self.Status.DONE:
            self.completed_on = None
        elif self.completed_on is None:
            self.completed_on = timezone.localdate()
