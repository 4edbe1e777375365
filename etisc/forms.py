from django import forms
from django.utils.translation import gettext_lazy as _

from etisc.models import Group, NotificationPreference, WatchLevel

BODY_HELP = _("Markdown. Quote with “> ”, mention someone with @username.")


class TopicForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    body = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 8}), help_text=BODY_HELP)
    tags = forms.CharField(label=_("Tags"), required=False, max_length=200, help_text=_("Separate tags with commas."))

    def tag_names(self) -> list[str]:
        return [name for name in self.cleaned_data["tags"].split(",") if name.strip()]


class PostForm(forms.Form):
    body = forms.CharField(label=_("Your reply"), widget=forms.Textarea(attrs={"rows": 6}), help_text=BODY_HELP)
    reply_to = forms.IntegerField(widget=forms.HiddenInput, required=False)


class EditForm(forms.Form):
    body = forms.CharField(label=_("Text"), widget=forms.Textarea(attrs={"rows": 10}), help_text=BODY_HELP)


class ReportForm(forms.Form):
    reason = forms.CharField(
        label=_("Why should moderators look at this post?"), max_length=1000, widget=forms.Textarea(attrs={"rows": 3})
    )


class WatchForm(forms.Form):
    level = forms.ChoiceField(label=_("Notifications"), choices=WatchLevel.choices)


class ModerateForm(forms.Form):
    action = forms.CharField(max_length=20)
    note = forms.CharField(label=_("Note for the audit log"), required=False, max_length=500)


class MoveForm(forms.Form):
    group = forms.ModelChoiceField(label=_("Move to group"), queryset=Group.objects.none())
    note = forms.CharField(label=_("Note for the audit log"), required=False, max_length=500)

    def __init__(self, *args, groups, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["group"].queryset = groups


class SuspendForm(forms.Form):
    days = forms.IntegerField(label=_("Days"), min_value=1, max_value=365)
    reason = forms.CharField(label=_("Reason"), max_length=500)


class QuestionForm(forms.Form):
    body = forms.CharField(label=_("Your question"), max_length=4000, widget=forms.Textarea(attrs={"rows": 4}))


class AnswerForm(forms.Form):
    answer = forms.CharField(label=_("Answer"), widget=forms.Textarea(attrs={"rows": 5}), help_text=BODY_HELP)


class PreferenceForm(forms.ModelForm):
    class Meta:
        model = NotificationPreference
        fields = ["reply", "mention", "watched", "answer", "event", "email_mode"]
        widgets = {"email_mode": forms.RadioSelect}
