import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

DEFAULT_RANGE_DAYS = 365
MAX_RANGE_DAYS = 366 * 10


class DateRangeForm(forms.Form):
    """The dashboard's date range: both days included, in UTC, at most ten years, not in the future."""

    start = forms.DateField(label=_("Start date"), widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=_("End date"), widget=forms.DateInput(attrs={"type": "date"}))

    @classmethod
    def default_range(cls) -> tuple[datetime.date, datetime.date]:
        today = timezone.now().date()
        return today - datetime.timedelta(days=DEFAULT_RANGE_DAYS - 1), today

    @classmethod
    def from_query(cls, query) -> "DateRangeForm":
        """A bound form; a request without dates gets the last year."""
        if "start" not in query and "end" not in query:
            start, end = cls.default_range()
            query = {"start": start.isoformat(), "end": end.isoformat()}
        return cls(query)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end:
            if start > end:
                raise forms.ValidationError(_("The start date must be on or before the end date."), code="order")
            if end > timezone.now().date():
                self.add_error("end", forms.ValidationError(_("The end date cannot be in the future."), code="future"))
            if (end - start).days >= MAX_RANGE_DAYS:
                raise forms.ValidationError(_("Choose a range of ten years or less."), code="too_long")
        return cleaned
