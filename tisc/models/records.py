"""What TISC staff record day to day. No requester names: figures, not people, are what is reported."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tisc.choices import Gender, Outcome, RequesterCategory, RequestKind, TrainingFormat
from tisc.models.directory import EARLIEST_YEAR, Institution

MAX_HOURS = Decimal("999")


def validate_record_date(day) -> None:
    if day.year < EARLIEST_YEAR:
        raise ValidationError(_("TISCs exist since %(year)s; check the date."), params={"year": EARLIEST_YEAR})
    if day > timezone.localdate():
        raise ValidationError(_("The date cannot be in the future."))


class ServiceRequest(models.Model):
    institution = models.ForeignKey(Institution, on_delete=models.CASCADE, related_name="service_requests")
    received_on = models.DateField(_("date"), validators=[validate_record_date])
    kind = models.CharField(_("service"), max_length=30, choices=RequestKind.choices)
    requester_category = models.CharField(_("requester"), max_length=20, choices=RequesterCategory.choices)
    requester_gender = models.CharField(
        _("requester's gender"), max_length=10, choices=Gender.choices, default=Gender.OTHER
    )
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices, default=Outcome.COMPLETED)
    hours = models.DecimalField(
        _("hours"),
        max_digits=5,
        decimal_places=2,
        default=Decimal("1"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(MAX_HOURS)],
    )
    note = models.CharField(
        _("note"), max_length=300, blank=True, help_text=_("No names or contact details of the requester.")
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    # What staff record (form, CSV, API, services); the institution and recorder come from the context.
    RECORDED_FIELDS = ("received_on", "kind", "requester_category", "requester_gender", "outcome", "hours", "note")

    class Meta:
        ordering = ["-received_on", "-pk"]
        indexes = [models.Index(fields=["institution", "received_on"], name="tisc_request_inst_date")]
        verbose_name = _("service request")
        verbose_name_plural = _("service requests")

    def __str__(self) -> str:
        return f"{self.received_on} {self.get_kind_display()} ({self.institution})"


class TrainingEvent(models.Model):
    institution = models.ForeignKey(Institution, on_delete=models.CASCADE, related_name="trainings")
    held_on = models.DateField(_("date"), validators=[validate_record_date])
    title = models.CharField(_("title"), max_length=200)
    format = models.CharField(
        _("format"), max_length=20, choices=TrainingFormat.choices, default=TrainingFormat.IN_PERSON
    )
    women = models.PositiveIntegerField(_("women"), default=0, validators=[MaxValueValidator(100_000)])
    men = models.PositiveIntegerField(_("men"), default=0, validators=[MaxValueValidator(100_000)])
    other = models.PositiveIntegerField(
        _("another gender or not stated"), default=0, validators=[MaxValueValidator(100_000)]
    )
    hours = models.DecimalField(
        _("length in hours"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(MAX_HOURS)],
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    RECORDED_FIELDS = ("held_on", "title", "format", "women", "men", "other", "hours")

    class Meta:
        ordering = ["-held_on", "-pk"]
        indexes = [models.Index(fields=["institution", "held_on"], name="tisc_training_inst_date")]
        verbose_name = _("training event")
        verbose_name_plural = _("training events")

    def __str__(self) -> str:
        return f"{self.held_on} {self.title}"

    @property
    def participants(self) -> int:
        return self.women + self.men + self.other

    def clean(self):
        if self.participants == 0:
            raise ValidationError(_("Give the number of participants (women, men, or another gender)."))


class MonthlyRollup(models.Model):
    """One institution's month, pre-counted so dashboards read a few hundred rows instead of every record.

    `request_cells` counts requests by "kind|requester category|gender", so any indicator (say,
    searches for SMEs by women) is a sum over cells. Rebuilt from the records, never edited.
    """

    institution = models.ForeignKey(Institution, on_delete=models.CASCADE, related_name="rollups")
    month = models.DateField(_("month"), help_text=_("The first day of the month."))
    requests = models.PositiveIntegerField(default=0)
    searches = models.PositiveIntegerField(default=0)
    hours = models.DecimalField(max_digits=9, decimal_places=2, default=Decimal("0"))
    request_cells = models.JSONField(default=dict)
    outcomes = models.JSONField(default=dict)
    trainings = models.PositiveIntegerField(default=0)
    women = models.PositiveIntegerField(default=0)
    men = models.PositiveIntegerField(default=0)
    other = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["institution", "month"]
        constraints = [models.UniqueConstraint(fields=["institution", "month"], name="tisc_one_rollup_per_month")]
        verbose_name = _("monthly roll-up")
        verbose_name_plural = _("monthly roll-ups")

    def __str__(self) -> str:
        return f"{self.institution} {self.month:%Y-%m}"
