from django import forms
from django.utils.translation import gettext_lazy as _

from inspire.search.providers import kind_labels
from inspire.search.text import MAX_QUERY_LENGTH


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, strip=True)
    kind = forms.ChoiceField(label=_("Kind"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("Everything")), *kind_labels().items()]

    def clean_q(self):
        # Long pastes are cut rather than refused: the first words carry the meaning.
        return self.cleaned_data["q"][:MAX_QUERY_LENGTH]
