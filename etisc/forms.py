from django import forms
from django.utils.translation import gettext_lazy as _

from etisc.models import Group, NotificationPreference, WatchLevel

BODY_HELP = _("Markdown. Quote with “> ”, mention someone with @username.")
# For the pages and the API alike; the preview accepts exactly what posting accepts.
BODY_MAX_LENGTH = 20_000


def _body_field(label, rows: int) -> forms.CharField:
    return forms.CharField(
        label=label, max_length=BODY_MAX_LENGTH, widget=forms.Textarea(attrs={"rows": rows}), help_text=BODY_HELP
    )


class TopicForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    body = _body_field(_("Message"), rows=8)
    tags = forms.CharField(label=_("Tags"), required=False, max_length=200, help_text=_("Separate tags with commas."))

    def tag_names(self) -> list[str]:
        return [name for name in self.cleaned_data["tags"].split(",") if name.strip()]


class PostForm(forms.Form):
    body = _body_field(_("Your reply"), rows=6)
    reply_to = forms.IntegerField(widget=forms.HiddenInput, required=False)


class EditForm(forms.Form):
    body = _body_field(_("Text"), rows=10)


class PreviewForm(forms.Form):
    """The text of a post not yet saved, cleaned as the post forms clean it."""

    body = forms.CharField(max_length=BODY_MAX_LENGTH)


class ReportForm(forms.Form):
    reason = forms.CharField(
        label=_("Why should moderators look at this post?"), max_length=1000, widget=forms.Textarea(attrs={"rows": 3})
    )


class TopicWatchForm(forms.Form):
    """A watching level for one topic, its choices said in plain words (the levels themselves are WatchLevel)."""

    level = forms.ChoiceField(
        label=_("What should we notify you about in this topic?"),
        choices=[
            (WatchLevel.WATCHING, _("Every new reply")),
            (WatchLevel.TRACKING, _("Only replies to me and mentions of me, and count the replies I have not read")),
            (WatchLevel.NORMAL, _("Only replies to me and mentions of me")),
            (WatchLevel.MUTED, _("Nothing, not even replies to me or mentions of me")),
        ],
    )
    # "Stop notifying me about every new reply" keeps the count of unread replies that watching showed.
    stop_level = WatchLevel.TRACKING


class GroupWatchForm(forms.Form):
    """A watching level for every topic of a group; a topic's own level still wins."""

    level = forms.ChoiceField(
        label=_("What should we notify you about in this group?"),
        choices=[
            (WatchLevel.WATCHING, _("Every new post in every topic")),
            (WatchLevel.TRACKING, _("Only replies to me and mentions of me, and count the posts I have not read")),
            (WatchLevel.NORMAL, _("Only replies to me and mentions of me")),
            (WatchLevel.MUTED, _("Nothing, not even replies to me or mentions of me")),
        ],
    )
    # Back to what a member who never chose has.
    stop_level = WatchLevel.NORMAL


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
        fields = ["reply", "mention", "watched", "answer", "event", "revised", "email_mode"]
        widgets = {"email_mode": forms.RadioSelect}
