from django import forms
from django.utils.translation import gettext_lazy as _

from analytics.validators import PDF_MAX_BYTES, validate_pdf


class ReportPdfForm(forms.Form):
    pdf = forms.FileField(
        label=_("PDF file"),
        validators=[validate_pdf],
        help_text=_("A PDF document of at most %(mb)d MB.") % {"mb": PDF_MAX_BYTES // (1024 * 1024)},
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf,.pdf"}),
    )
