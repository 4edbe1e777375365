from django import forms
from django.utils.translation import gettext_lazy as _


class StepForm(forms.Form):
    """Mark a step of a path done (`done=1`) or not done (`done=0`)."""

    done = forms.TypedChoiceField(
        label=_("Done"), choices=[("1", _("Done")), ("0", _("Not done"))], coerce=lambda value: value == "1"
    )
