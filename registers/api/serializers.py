from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from inspire.facts import Fact
from registers.models import (
    COLUMNS,
    ColumnAbsence,
    Jurisdiction,
    JurisdictionFile,
    JurisdictionNote,
    Resource,
    SampleNumber,
)

COLUMNS_HELP = (
    "One entry per table column (" + ", ".join(COLUMNS) + "): the URL of its first resource when the jurisdiction "
    "has one (yes); false when a source records that it has none (see `absences` in the detail); null when "
    "nothing is recorded. Null never means no."
)


class ResourceSerializer(serializers.ModelSerializer):
    jurisdiction = serializers.SlugRelatedField(slug_field="code", read_only=True)

    class Meta:
        model = Resource
        fields = [
            "id",
            "jurisdiction",
            "kind",
            "title",
            "url",
            "languages",
            "access",
            "searchable_by_number",
            "searchable_by_applicant",
            "has_api",
            "has_bulk_data",
            "notes",
            "source_url",
            "reviewed_on",
            "link_ok",
            "link_status_code",
            "link_checked_at",
        ]


class ColumnAbsenceSerializer(serializers.ModelSerializer):
    class Meta:
        model = ColumnAbsence
        fields = ["column", "note", "source_url", "reviewed_on"]


class JurisdictionFileSerializer(serializers.ModelSerializer):
    class Meta:
        model = JurisdictionFile
        exclude = ["id", "jurisdiction"]


class SampleNumberSerializer(serializers.ModelSerializer):
    class Meta:
        model = SampleNumber
        fields = ["kind", "as_printed", "as_entered", "notes", "source_url", "reviewed_on"]
        extra_kwargs = {
            "source_url": {"help_text": "The page printing this number; empty: the `file`'s source applies."},
            "reviewed_on": {"help_text": "Null: the `file`'s review date applies."},
        }


class JurisdictionNoteSerializer(serializers.ModelSerializer):
    class Meta:
        model = JurisdictionNote
        fields = ["topic", "text", "source_url", "reviewed_on"]
        extra_kwargs = {"text": {"help_text": "Markdown."}}


class JurisdictionSerializer(serializers.ModelSerializer):
    memberships = serializers.SerializerMethodField(help_text="Codes of the regional and international systems.")
    columns = serializers.SerializerMethodField(help_text=COLUMNS_HELP)
    html_url = serializers.SerializerMethodField()

    class Meta:
        model = Jurisdiction
        fields = [
            "code",
            "name",
            "kind",
            "region",
            "office_name",
            "office_url",
            "memberships",
            "columns",
            "html_url",
            "source_url",
            "reviewed_on",
        ]

    @extend_schema_field(
        {
            "type": "object",
            "properties": {
                column: {
                    "oneOf": [{"type": "string", "format": "uri"}, {"type": "boolean", "enum": [False]}],
                    "nullable": True,
                }
                for column in COLUMNS
            },
            "required": list(COLUMNS),
        }
    )
    def get_columns(self, jurisdiction) -> dict:
        return {column: _column_value(state) for column, state in jurisdiction.states.items()}

    def get_memberships(self, jurisdiction) -> list[str]:
        return [system.code for system in jurisdiction.systems]

    def get_html_url(self, jurisdiction) -> str:
        return self.context["request"].build_absolute_uri(jurisdiction.get_absolute_url())


def _column_value(state) -> str | bool | None:
    if state.fact == Fact.YES:
        return state.resource.url
    return False if state.fact == Fact.NO else None


class JurisdictionDetailSerializer(JurisdictionSerializer):
    resources = ResourceSerializer(many=True, read_only=True)
    absences = ColumnAbsenceSerializer(
        many=True, read_only=True, help_text="Columns a source records as absent here, with that source."
    )
    file = JurisdictionFileSerializer(read_only=True, allow_null=True)
    sample_numbers = SampleNumberSerializer(many=True, read_only=True)
    notes = JurisdictionNoteSerializer(
        many=True, read_only=True, help_text="Sourced statements about the jurisdiction, by topic."
    )
    members = serializers.SlugRelatedField(slug_field="code", many=True, read_only=True)

    class Meta(JurisdictionSerializer.Meta):
        fields = [
            *JurisdictionSerializer.Meta.fields,
            "resources",
            "absences",
            "file",
            "sample_numbers",
            "notes",
            "members",
        ]


class MapEntrySerializer(serializers.Serializer):
    name = serializers.CharField()
    url = serializers.CharField(help_text="Path of the jurisdiction file.")
    on = serializers.ListField(child=serializers.CharField(), help_text="Map columns that are true here.")
    off = serializers.ListField(
        child=serializers.CharField(),
        help_text="Map columns a source records as absent here. A column in neither list is not recorded.",
    )


class MapDataSerializer(serializers.Serializer):
    columns = serializers.DictField(child=serializers.CharField(), help_text="Map column -> label.")
    jurisdictions = serializers.DictField(child=MapEntrySerializer(), help_text="By ISO alpha-2 or office code.")
