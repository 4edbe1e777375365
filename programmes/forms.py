from django import forms
from django.utils.translation import gettext_lazy as _

from inspire.jurisdictions import local_countries
from programmes.models import InstitutionType


class CountryCodeField(forms.ChoiceField):
    """ISO 3166-1 alpha-2 codes, accepted in either case (`ke` is Kenya)."""

    def to_python(self, value):
        return super().to_python(value).strip().upper()


class EligibilityForm(forms.Form):
    """Shared by the checker page and the API, so both accept and refuse the same values."""

    title = _("Eligibility checker")

    country = CountryCodeField(label=_("Country"), choices=lambda: [("", _("Choose a country")), *local_countries()])
    type = forms.ChoiceField(
        label=_("Kind of institution"), choices=[("", _("Choose a kind")), *InstitutionType.choices]
    )
