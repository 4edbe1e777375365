from typing import TYPE_CHECKING

from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_countries import countries
from django_countries.serializer_fields import CountryField
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from policies.models import (
    ChecklistItem,
    ChecklistTopic,
    Institution,
    NationalVersion,
    Policy,
    PolicyDraft,
    RegionalVersion,
)

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


@extend_schema_field(
    {
        "type": "object",
        "properties": {str(value): {"type": "boolean", "nullable": True} for value in Policy.Type},
    }
)
class PolicyTypesField(serializers.Field):
    """Every policy type: true where a policy of that type is recorded, null where none is recorded."""

    def to_representation(self, recorded: list[str]) -> dict[str, bool | None]:
        return {str(value): True if value in recorded else None for value in Policy.Type}


class InstitutionSerializer(serializers.ModelSerializer):
    country = CountryField()
    region = serializers.CharField(source="continent", read_only=True)
    policy_count = serializers.IntegerField(
        read_only=True,
        help_text="Policies recorded in the hub. 0 means none is recorded yet, not that the institution has none.",
    )
    policy_types = PolicyTypesField(
        source="recorded_types",
        read_only=True,
        help_text=(
            "Each policy type: true where the hub records a policy of that type, null where it records none "
            "(not recorded; the institution may still have one). The hub does not record absences, so never false."
        ),
    )

    class Meta:
        model = Institution
        fields = [
            "slug",
            "name",
            "country",
            "region",
            "kind",
            "website",
            "policy_count",
            "policy_types",
            "source_url",
            "reviewed_on",
        ]


class InstitutionSummarySerializer(serializers.ModelSerializer):
    country = CountryField()

    class Meta:
        model = Institution
        fields = ["slug", "name", "country", "kind"]


class RecordedTextField(serializers.CharField):
    """Empty text means the source does not state the term, so the API says null rather than ""."""

    # null, not "", is how the API says "not recorded"; CharField's own type allows only text.
    def to_representation(self, value) -> str | None:  # type: ignore[override]
        return value or None


def _term(help_text: "StrOrPromise") -> RecordedTextField:
    return RecordedTextField(
        read_only=True, allow_null=True, help_text=format_lazy("{} {}", help_text, gettext_lazy("null: not recorded."))
    )


class PolicySerializer(serializers.ModelSerializer):
    institution = InstitutionSummarySerializer(read_only=True)
    ownership = _term(gettext_lazy("Who owns what the policy covers, as its source states it."))
    inventor_share = _term(gettext_lazy("The inventors' share of revenue, as stated."))
    patenting_decision = _term(gettext_lazy("Who decides whether to seek a patent, as stated."))
    terms_source_url = _term(gettext_lazy("The page stating the key terms."))

    class Meta:
        model = Policy
        fields = [
            "id",
            "institution",
            "policy_type",
            "title",
            "year",
            "language",
            "url",
            "document",
            "summary",
            "ownership",
            "inventor_share",
            "patenting_decision",
            "terms_source_url",
            "source_url",
            "reviewed_on",
        ]


class PolicyCompareRowSerializer(serializers.Serializer):
    key = serializers.CharField()
    label = serializers.CharField()
    values = serializers.ListField(
        child=serializers.CharField(allow_null=True),
        help_text=gettext_lazy("One per policy, in the order of `policies`; null: not recorded."),
    )


class PolicyCompareSerializer(serializers.Serializer):
    policies = PolicySerializer(many=True)
    rows = PolicyCompareRowSerializer(many=True)


class NationalVersionSerializer(serializers.ModelSerializer):
    country = CountryField()

    class Meta:
        model = NationalVersion
        fields = ["country", "title", "year", "description", "law_references", "url", "source_url", "reviewed_on"]


class RegionalVersionSerializer(serializers.ModelSerializer):
    members = serializers.SerializerMethodField()

    class Meta:
        model = RegionalVersion
        fields = RegionalVersion.PUBLIC_FIELDS

    def get_members(self, version: RegionalVersion) -> list[str]:
        """ISO 3166 codes of the member countries."""
        return [country.code for country in version.members]


class ChecklistItemSerializer(serializers.ModelSerializer):
    clauses = serializers.SerializerMethodField()

    class Meta:
        model = ChecklistItem
        fields = ["key", "question", "explanation", "clauses"]

    def get_clauses(self, item) -> list[dict]:
        return [
            {"key": c.key, "label": c.label, "text": c.text, "guideline": c.guideline, "is_default": c.is_default}
            for c in item.clauses.all()
        ]


class ChecklistTopicSerializer(serializers.ModelSerializer):
    items = ChecklistItemSerializer(many=True, read_only=True)

    class Meta:
        model = ChecklistTopic
        fields = ["key", "order", "title", "summary", "guideline", "source_url", "reviewed_on", "items"]


class DraftAnswerSerializer(serializers.Serializer):
    clause = serializers.CharField(allow_blank=True)
    note = serializers.CharField(allow_blank=True, required=False, default="")


class CountryCodeField(serializers.ChoiceField):
    """A plain choice of codes: django-countries' own field takes an object too, and reads {} as "no country"."""

    def to_representation(self, value) -> str:
        return getattr(value, "code", value) or ""


class PolicyDraftSerializer(serializers.ModelSerializer):
    country = CountryCodeField(choices=list(countries), required=False, allow_blank=True)
    answers = serializers.DictField(child=DraftAnswerSerializer(), required=False)
    # Empty until the first step is saved, so not a slug pattern in the schema.
    last_step = serializers.CharField(read_only=True)

    class Meta:
        model = PolicyDraft
        fields = [
            "id",
            "title",
            "institution_name",
            "office_name",
            "country",
            "answers",
            "last_step",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["created_at", "updated_at"]

    def validate_answers(self, answers: dict) -> dict:
        # A PATCH validates partially, which would let an answer without its clause through.
        missing = sorted(key for key, answer in answers.items() if "clause" not in answer)
        if missing:
            raise serializers.ValidationError(
                _("Each answer needs a clause; missing for %(keys)s.") % {"keys": ", ".join(missing)}
            )
        return answers


class DraftDocumentSerializer(serializers.Serializer):
    title = serializers.CharField()
    markdown = serializers.CharField()
    html = serializers.CharField()
    unanswered = serializers.ListField(child=serializers.CharField())
