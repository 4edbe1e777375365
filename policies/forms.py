"""Forms of the Policy Writer and the policy comparison."""

from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from inspire.localtext import local_text
from policies.document import fill
from policies.models import ChecklistTopic, PolicyDraft
from policies.selectors import COMPARE_MAX, COMPARE_MIN, policies_by_reference
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
                label=local_text(item, "question").text,
                choices=[(clause.key, local_text(clause, "label").text) for clause in item.clauses.all()],
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


class PolicyReferencesField(forms.Field):
    """Repeated `p` values, each a policy id or `<institution-slug>/<key>`; empty values are ignored."""

    widget = forms.MultipleHiddenInput
    reference = RegexValidator(
        r"^(?:\d{1,9}|[a-z0-9-]{1,120}/[a-z0-9_-]{1,60})$",
        _("%(value)s is not a policy id nor an institution/key."),
    )

    def to_python(self, value) -> list[str]:
        if not value:
            return []
        values = value if isinstance(value, list | tuple) else [value]
        return list(dict.fromkeys(item.strip() for item in values if item.strip()))

    def validate(self, value: list[str]) -> None:
        super().validate(value)
        for item in value:
            self.reference(item)


class CompareForm(forms.Form):
    """Two to four policies; `cleaned_data["policies"]` holds them in the order asked for."""

    p = PolicyReferencesField(
        label=_("Policies to compare"), error_messages={"required": _("Choose two to four policies to compare.")}
    )

    def clean_p(self) -> list[str]:
        references = self.cleaned_data["p"]
        if len(references) > COMPARE_MAX:
            raise self._count_error(len(references))
        found = policies_by_reference(references)
        unknown = [ref for ref in references if ref not in found]
        if unknown:
            raise forms.ValidationError(
                _("Not a policy in this hub: %(refs)s."), params={"refs": ", ".join(unknown)}, code="invalid_choice"
            )
        policies = list({found[ref].pk: found[ref] for ref in references}.values())
        if not COMPARE_MIN <= len(policies) <= COMPARE_MAX:
            raise self._count_error(len(policies))
        self.cleaned_data["policies"] = policies
        return references

    @staticmethod
    def _count_error(count: int) -> forms.ValidationError:
        return forms.ValidationError(
            _("Choose between %(min)s and %(max)s policies; you chose %(count)s."),
            params={"min": COMPARE_MIN, "max": COMPARE_MAX, "count": count},
            code="count",
        )
