"""Periodic reports: TISC to coordinator, coordinator to programme staff, each submission frozen."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from tisc.models.directory import Institution, Network
from tisc.periods import Period


class Report(models.Model):
    """A host institution's report (`institution` set) or its network's (`institution` empty)."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted for review")
        RETURNED = "returned", _("Returned for changes")
        ACCEPTED = "accepted", _("Accepted")

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="reports")
    institution = models.ForeignKey(
        Institution, on_delete=models.CASCADE, null=True, blank=True, related_name="reports"
    )
    year = models.PositiveSmallIntegerField(_("year"))
    quarter = models.PositiveSmallIntegerField(_("quarter"), help_text=_("1 to 4; 0 for the annual report."))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    narrative = models.TextField(
        _("narrative"), blank=True, help_text=_("Markdown: achievements, difficulties and plans for the period.")
    )
    due_on = models.DateField(_("due on"))
    return_count = models.PositiveSmallIntegerField(default=0)
    submitted_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-year", "-quarter", "network", "institution"]
        constraints = [
            models.CheckConstraint(condition=Q(quarter__lte=4), name="tisc_report_quarter_0_to_4"),
            models.UniqueConstraint(
                fields=["institution", "year", "quarter"],
                condition=Q(institution__isnull=False),
                name="tisc_one_institution_report_per_period",
            ),
            models.UniqueConstraint(
                fields=["network", "year", "quarter"],
                condition=Q(institution__isnull=True),
                name="tisc_one_network_report_per_period",
            ),
        ]
        verbose_name = _("report")
        verbose_name_plural = _("reports")

    def __str__(self) -> str:
        return f"{self.institution or self.network}, {self.period.label}"

    def get_absolute_url(self) -> str:
        return reverse("tisc:report", kwargs={"pk": self.pk})

    @property
    def period(self) -> Period:
        return Period(self.year, self.quarter)

    @property
    def is_network_report(self) -> bool:
        return self.institution_id is None

    @property
    def is_editable(self) -> bool:
        return self.status in (self.Status.DRAFT, self.Status.RETURNED)

    @property
    def subject(self) -> str:
        return str(self.institution or self.network)


class ReportSnapshot(models.Model):
    """What was submitted, exactly: the figures and narrative at that moment. Never changed afterwards."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="snapshots")
    version = models.PositiveSmallIntegerField()
    figures = models.JSONField()
    narrative = models.TextField(blank=True)
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    submitted_at = models.DateTimeField()

    class Meta:
        ordering = ["report", "-version"]
        constraints = [models.UniqueConstraint(fields=["report", "version"], name="tisc_unique_snapshot_version")]
        verbose_name = _("submitted copy")
        verbose_name_plural = _("submitted copies")

    def __str__(self) -> str:
        return f"{self.report} v{self.version}"


class ReportEvent(models.Model):
    """The report's history: submissions, returns, acceptance, and comments, in order."""

    class Action(models.TextChoices):
        COMMENT = "comment", _("Comment")
        SUBMIT = "submit", _("Submitted")
        RETURN = "return", _("Returned for changes")
        ACCEPT = "accept", _("Accepted")

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="events")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    action = models.CharField(max_length=10, choices=Action.choices)
    body = models.TextField(_("comment"), blank=True, max_length=4000, help_text=_("Markdown."))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("report event")
        verbose_name_plural = _("report events")

    def __str__(self) -> str:
        return f"{self.report}: {self.get_action_display()}"


class ReminderSent(models.Model):
    """One row per reminder e-mailed, so a task run twice never reminds twice."""

    class Kind(models.TextChoices):
        DUE_SOON = "due_soon", _("Due in a week")
        DUE_TOMORROW = "due_tomorrow", _("Due tomorrow")
        RETURNED = "returned", _("Returned for changes")

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    round = models.PositiveSmallIntegerField(default=0, help_text=_("Which return this reminder is about."))
    recipients = models.PositiveSmallIntegerField(default=0)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["report", "kind", "round"], name="tisc_remind_once")]
        verbose_name = _("reminder sent")
        verbose_name_plural = _("reminders sent")

    def __str__(self) -> str:
        return f"{self.report}: {self.kind}"
