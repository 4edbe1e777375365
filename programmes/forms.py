from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from programmes.models import InstitutionType


class EligibilityForm(forms.Form):
    """Shared by the checker page and the API, so both accept and refuse the same values."""

    title = _("Eligibility checker")

    country = forms.ChoiceField(label=_("Country"), choices=[("", _("Choose a country")), *countries])
    type = forms.ChoiceField(
        label=_("Kind of institution"), choices=[("", _("Choose a kind")), *InstitutionType.choices]
    )

    def clean_country(self) -> str:
        return self.cleaned_data["country"].upper()
