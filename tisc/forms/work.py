"""Forms of the coordinator's and reviewer's pages: projects, work plan, reports, people."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from inspire.accounts.models import User
from tisc.forms.records import ISO_DATE, DateInput
from tisc.models import Activity, Indicator, Institution, Membership, Project, Report
from tisc.models.projects import YEAR_VALIDATORS


class ProjectForm(forms.ModelForm):
    class Meta:
        model = Project
        fields = Project.EDITABLE_FIELDS
        widgets = {"objectives": forms.Textarea(attrs={"rows": 6})}


class IndicatorForm(forms.ModelForm):
    """The indicator with one target field per year of the project."""

    class Meta:
        model = Indicator
        fields = ["name", "measure", "kind", "requester_category", "gender", "baseline", "baseline_year"]

    def __init__(self, *args, project: Project, **kwargs):
        super().__init__(*args, **kwargs)
        self.project = project
        existing = {t.year: t.value for t in self.instance.targets.all()} if self.instance.pk else {}
        for year in project.years:
            self.fields[f"target_{year}"] = forms.IntegerField(
                label=_("Target for %(year)s") % {"year": year},
                min_value=0,
                required=False,
                initial=existing.get(year),
            )

    def targets(self) -> dict[int, int | None]:
        return {year: self.cleaned_data.get(f"target_{year}") for year in self.project.years}

    def indicator_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


class ActivityForm(forms.ModelForm):
    due_on = forms.DateField(label=_("Due on"), input_formats=ISO_DATE, widget=DateInput())

    class Meta:
        model = Activity
        fields = ["title", "description", "institution", "owner", "due_on", "status"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, project: Project, **kwargs):
        super().__init__(*args, **kwargs)
        network = project.network
        self.fields["institution"].queryset = network.institutions.order_by("name")
        people = Membership.objects.filter(network=network).values("user_id")
        self.fields["owner"].queryset = User.objects.filter(pk__in=people).order_by("username")
        self.fields["owner"].label_from_instance = lambda user: user.display_name

    def activity_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


class NarrativeForm(forms.Form):
    narrative = forms.CharField(
        label=_("Narrative"),
        required=False,
        max_length=20_000,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=Report._meta.get_field("narrative").help_text,
    )


class ReviewForm(forms.Form):
    comment = forms.CharField(
        label=_("Comment to the authors"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Required when you return the report: say what should change."),
    )


class CommentForm(forms.Form):
    body = forms.CharField(label=_("Comment"), max_length=4000, widget=forms.Textarea(attrs={"rows": 3}))


class OpenReportForm(forms.Form):
    """Start (or find) the report of a period, for a host institution or for a whole network."""

    subject = forms.ChoiceField(label=_("Report of"))
    year = forms.IntegerField(label=_("Year"), validators=YEAR_VALIDATORS)
    quarter = forms.TypedChoiceField(
        label=_("Period"),
        coerce=int,
        choices=[
            (1, _("Quarter 1")),
            (2, _("Quarter 2")),
            (3, _("Quarter 3")),
            (4, _("Quarter 4")),
            (0, _("Whole year")),
        ],
    )

    def __init__(self, *args, institutions, networks, **kwargs):
        super().__init__(*args, **kwargs)
        self.institutions = {str(i.pk): i for i in institutions}
        self.networks = {str(n.pk): n for n in networks}
        self.fields["subject"].choices = [
            *((f"i{pk}", i.name) for pk, i in self.institutions.items()),
            *((f"n{pk}", _("%(name)s: the whole network") % {"name": n.name}) for pk, n in self.networks.items()),
        ]
        if not self.is_bound:
            self.initial.setdefault("year", timezone.localdate().year)

    def subject_objects(self):
        """(network, institution or None) chosen."""
        code = self.cleaned_data["subject"]
        if code.startswith("i"):
            institution = self.institutions[code[1:]]
            return institution.network, institution
        return self.networks[code[1:]], None


class PeopleForm(forms.Form):
    username = forms.CharField(label=_("Username of the person"), max_length=150)
    institution = forms.ModelChoiceField(label=_("TISC staff at"), queryset=Institution.objects.none())

    def __init__(self, *args, network, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["institution"].queryset = network.institutions.order_by("name")

    def clean_username(self) -> User:
        user = User.objects.filter(username=self.cleaned_data["username"].strip(), is_active=True).first()
        if user is None:
            raise forms.ValidationError(_("Nobody has this username. Ask the person to join the hub first."))
        return user


class YearForm(forms.Form):
    year = forms.IntegerField(label=_("Year"), validators=YEAR_VALIDATORS, required=False)

    def year_or(self, default: int) -> int:
        return self.cleaned_data.get("year") or default if self.is_valid() else default
