from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from registers.numbers import NumberFormatError, parse_number


class PatentNumberField(forms.Field):
    """A patent number as typed, cleaned into a PatentNumber. The parser checks emptiness, length and
    control characters itself, so every refusal names the formats it reads."""

    def clean(self, value):
        try:
            return parse_number(value)
        except NumberFormatError as error:
            raise ValidationError(error.message, code="invalid") from None


class NumberCheckForm(forms.Form):
    number = PatentNumberField(label=_("Patent number"))
