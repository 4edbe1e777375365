"""Forms of the Policy Writer."""

from django import forms
from django.utils.translation import gettext_lazy as _

from policies.document import fill
from policies.models import ChecklistTopic, PolicyDraft
from policies.services import NOTE_MAX_LENGTH


class DraftForm(forms.ModelForm):
    class Meta:
        model = PolicyDraft
        fields = ["title", "institution_name", "office_name", "country"]


class StepForm(forms.Form):
    """One step of the writer: a choice of template clause and an optional note for each checklist item."""

    def __init__(self, *args, topic: ChecklistTopic, draft: PolicyDraft, **kwargs):
        super().__init__(*args, **kwargs)
        self.topic = topic
        self.draft = draft
        self.rows = []
        for item in topic.items.all():
            answer = draft.answer_for(item.key)
            choice = forms.ChoiceField(
                label=item.question,
                choices=[(clause.key, clause.label) for clause in item.clauses.all()],
                widget=forms.RadioSelect,
                initial=answer.get("clause") or next((c.key for c in item.clauses.all() if c.is_default), None),
                error_messages={"required": _("Choose one option for this question.")},
            )
            note = forms.CharField(
                label=_("Your own wording or additions (optional)"),
                required=False,
                max_length=NOTE_MAX_LENGTH,
                widget=forms.Textarea(attrs={"rows": 3}),
                initial=answer.get("note", ""),
            )
            self.fields[f"{item.key}__clause"] = choice
            self.fields[f"{item.key}__note"] = note
            self.rows.append(item)

    def item_rows(self):
        """(item, choice field, note field, [(clause, its text with the draft's names)]) for the template."""
        return [
            (
                item,
                self[f"{item.key}__clause"],
                self[f"{item.key}__note"],
                [(clause, fill(clause.text, self.draft)) for clause in item.clauses.all()],
            )
            for item in self.rows
        ]

    def answers(self) -> dict[str, dict[str, str]]:
        return {
            item.key: {
                "clause": self.cleaned_data[f"{item.key}__clause"],
                "note": self.cleaned_data[f"{item.key}__note"],
            }
            for item in self.rows
        }
