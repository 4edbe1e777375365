from django import forms
from django.utils.translation import gettext_lazy as _

from databases.features import Feature
from databases.models import Comment
from databases.selectors import COMPARE_MAX, COMPARE_MIN
from inspire.filters import BoundedMultipleChoiceField


class DatabaseChoiceField(BoundedMultipleChoiceField):
    """Ignores empty values, so `?db=` reads as "nothing chosen" rather than an unknown database."""

    def to_python(self, value) -> list[str]:
        return [item for item in super().to_python(value) if item]


class CompareForm(forms.Form):
    db = DatabaseChoiceField(
        label=_("Databases to compare"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": _("%(value)s is not a database in this hub."),
            "required": _("Choose two to four databases to compare."),
        },
    )

    def __init__(self, *args, databases: list[tuple[str, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["db"].choices = databases

    def clean_db(self) -> list[str]:
        slugs = self.cleaned_data["db"]
        if not COMPARE_MIN <= len(slugs) <= COMPARE_MAX:
            raise forms.ValidationError(
                _("Choose between %(min)s and %(max)s databases; you chose %(count)s."),
                params={"min": COMPARE_MIN, "max": COMPARE_MAX, "count": len(slugs)},
            )
        return slugs


class FinderForm(forms.Form):
    class Budget:
        FREE = "free"
        ANY = "any"

    jurisdiction = BoundedMultipleChoiceField(
        label=_("Which countries or offices must it cover?"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Only countries and offices that some database records coverage for are listed."),
    )
    full_text = forms.BooleanField(label=_("I need the full text, not only bibliographic data"), required=False)
    budget = forms.ChoiceField(
        label=_("What can you pay?"),
        choices=[(Budget.FREE, _("Free services only")), (Budget.ANY, _("Paid services are fine"))],
        initial=Budget.FREE,
        widget=forms.RadioSelect,
    )
    feature = BoundedMultipleChoiceField(
        label=_("Which features do you need?"),
        choices=Feature.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, jurisdictions: list[tuple[str, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["jurisdiction"].choices = jurisdictions


class RatingForm(forms.Form):
    stars = forms.TypedChoiceField(
        label=_("Your rating"),
        coerce=int,
        choices=[(n, _("%(n)s of 5") % {"n": n}) for n in range(5, 0, -1)],
    )


class CommentForm(forms.ModelForm):
    class Meta:
        model = Comment
        fields = ["body"]
        labels = {"body": _("Your comment")}
        help_texts = {"body": _("Comments are published after a curator has read them.")}
        widgets = {"body": forms.Textarea(attrs={"rows": 4, "maxlength": 4000})}
