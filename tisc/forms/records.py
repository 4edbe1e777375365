"""The daily recording forms, also used row by row to validate CSV uploads."""

from django import forms
from django.utils.translation import gettext_lazy as _

from tisc.models import ServiceRequest, TrainingEvent

ISO_DATE = ["%Y-%m-%d"]
MAX_UPLOAD_BYTES = 2 * 1024 * 1024


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class ServiceRequestForm(forms.ModelForm):
    received_on = forms.DateField(label=_("Date"), input_formats=ISO_DATE, widget=DateInput())

    class Meta:
        model = ServiceRequest
        fields = ServiceRequest.RECORDED_FIELDS
        widgets = {
            "hours": forms.NumberInput(attrs={"step": "0.25", "min": "0", "max": "999", "inputmode": "decimal"}),
            "note": forms.TextInput(attrs={"maxlength": 300}),
        }


class TrainingForm(forms.ModelForm):
    held_on = forms.DateField(label=_("Date"), input_formats=ISO_DATE, widget=DateInput())

    class Meta:
        model = TrainingEvent
        fields = TrainingEvent.RECORDED_FIELDS
        widgets = {
            "women": forms.NumberInput(attrs={"min": "0", "inputmode": "numeric"}),
            "men": forms.NumberInput(attrs={"min": "0", "inputmode": "numeric"}),
            "other": forms.NumberInput(attrs={"min": "0", "inputmode": "numeric"}),
            "hours": forms.NumberInput(attrs={"step": "0.5", "min": "0", "inputmode": "decimal"}),
        }


class ImportForm(forms.Form):
    KINDS = [("requests", _("Service requests")), ("trainings", _("Training events"))]

    kind = forms.ChoiceField(label=_("What the file holds"), choices=KINDS, widget=forms.RadioSelect)
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_("UTF-8, comma-separated, with the header row of the template. Up to 5,000 rows and 2 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 2 MB; split it in parts."))
        return upload
