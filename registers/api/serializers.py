from rest_framework import serializers

from registers.models import COLUMNS, Jurisdiction, JurisdictionFile, Resource, SampleNumber
from registers.selectors import column_links


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


class JurisdictionFileSerializer(serializers.ModelSerializer):
    class Meta:
        model = JurisdictionFile
        exclude = ["id", "jurisdiction"]


class SampleNumberSerializer(serializers.ModelSerializer):
    class Meta:
        model = SampleNumber
        fields = ["kind", "as_printed", "as_entered", "notes"]


class JurisdictionSerializer(serializers.ModelSerializer):
    memberships = serializers.SlugRelatedField(slug_field="code", many=True, read_only=True)
    columns = serializers.SerializerMethodField(help_text="Table column -> URL of its first resource, or null.")
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

    def get_columns(self, jurisdiction) -> dict[str, str | None]:
        links = column_links(jurisdiction)
        return {column: (links[column].url if links[column] else None) for column in COLUMNS}

    def get_html_url(self, jurisdiction) -> str:
        return self.context["request"].build_absolute_uri(jurisdiction.get_absolute_url())


class JurisdictionDetailSerializer(JurisdictionSerializer):
    resources = ResourceSerializer(many=True, read_only=True)
    file = JurisdictionFileSerializer(read_only=True, allow_null=True)
    sample_numbers = SampleNumberSerializer(many=True, read_only=True)
    members = serializers.SlugRelatedField(slug_field="code", many=True, read_only=True)

    class Meta(JurisdictionSerializer.Meta):
        fields = [*JurisdictionSerializer.Meta.fields, "resources", "file", "sample_numbers", "members"]


class MapEntrySerializer(serializers.Serializer):
    name = serializers.CharField()
    url = serializers.CharField(help_text="Path of the jurisdiction file.")
    on = serializers.ListField(child=serializers.CharField(), help_text="Map columns that are true here.")


class MapDataSerializer(serializers.Serializer):
    columns = serializers.DictField(child=serializers.CharField(), help_text="Map column -> label.")
    jurisdictions = serializers.DictField(child=MapEntrySerializer(), help_text="By ISO alpha-2 or office code.")
