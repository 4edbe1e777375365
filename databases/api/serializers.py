from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from databases.features import Feature
from databases.models import Coverage, DatabaseFeature, PatentDatabase, ReportRevision
from inspire.jurisdictions import jurisdiction_choices


class FeatureSerializer(serializers.ModelSerializer):
    label = serializers.CharField(source="get_feature_display", read_only=True)

    class Meta:
        model = DatabaseFeature
        fields = ["feature", "label", "available", "note"]
        extra_kwargs = {"available": {"help_text": _("true: offered; false: recorded as lacking.")}}


class CoverageSerializer(serializers.ModelSerializer):
    jurisdiction_name = serializers.CharField(read_only=True)

    class Meta:
        model = Coverage
        fields = [
            "jurisdiction",
            "jurisdiction_name",
            "document_kind",
            "level",
            "covered",
            "from_year",
            "to_year",
            "note",
            "source_url",
            "reviewed_on",
        ]
        extra_kwargs = {
            "covered": {"help_text": _("true: held; false: recorded as not held. Jurisdictions absent: not recorded.")},
            "source_url": {"help_text": _("Empty: the database's own source_url.")},
        }


class RevisionSerializer(serializers.ModelSerializer):
    class Meta:
        model = ReportRevision
        fields = ["revised_on", "summary"]


class DatabaseListSerializer(serializers.ModelSerializer):
    features = serializers.SerializerMethodField()
    rating_average = serializers.FloatField(read_only=True, allow_null=True)
    rating_count = serializers.IntegerField(read_only=True)
    jurisdiction_count = serializers.IntegerField(read_only=True)
    web_url = serializers.CharField(source="get_absolute_url", read_only=True)

    class Meta:
        model = PatentDatabase
        fields = [
            "slug",
            "name",
            "provider",
            "kind",
            "access",
            "aspi",
            "url",
            "summary",
            "interface_languages",
            "features",
            "rating_average",
            "rating_count",
            "jurisdiction_count",
            "reviewed_on",
            "web_url",
        ]
        extra_kwargs = {
            "aspi": {"help_text": _("true or false as recorded from WIPO's ASPI list; null: not recorded.")}
        }

    def get_features(self, database: PatentDatabase) -> list[str]:
        """Codes of the features recorded as offered."""
        return [row.feature for row in database.available_features]


class DatabaseDetailSerializer(DatabaseListSerializer):
    features = FeatureSerializer(many=True, read_only=True)
    coverage = CoverageSerializer(many=True, read_only=True)
    revisions = RevisionSerializer(many=True, read_only=True)
    curator = serializers.CharField(source="curator.display_name", read_only=True, default=None)

    class Meta(DatabaseListSerializer.Meta):
        fields = [
            *DatabaseListSerializer.Meta.fields,
            "overview",
            "strengths",
            "limitations",
            "tips",
            "source_url",
            "curator",
            "is_published",
            "coverage",
            "revisions",
        ]


class FeatureInputSerializer(serializers.Serializer):
    feature = serializers.ChoiceField(choices=Feature.choices)
    available = serializers.BooleanField(required=False, default=True)
    note = serializers.CharField(max_length=200, required=False, allow_blank=True, default="")


class CoverageInputSerializer(serializers.Serializer):
    jurisdiction = serializers.ChoiceField(choices=jurisdiction_choices())
    document_kind = serializers.ChoiceField(choices=Coverage.DocumentKind.choices)
    level = serializers.ChoiceField(choices=Coverage.Level.choices)
    covered = serializers.BooleanField(required=False, default=True)
    from_year = serializers.IntegerField(min_value=1790, max_value=2100, required=False, allow_null=True, default=None)
    note = serializers.CharField(max_length=200, required=False, allow_blank=True, default="")


class DatabaseWriteSerializer(serializers.ModelSerializer):
    """What curators send to create or update a database; features and coverage replace the old sets."""

    slug = serializers.SlugField(max_length=80)
    features = FeatureInputSerializer(many=True, required=False)
    coverage = CoverageInputSerializer(many=True, required=False)

    class Meta:
        model = PatentDatabase
        fields = ["slug", *PatentDatabase.CURATED_FIELDS, "features", "coverage"]


class CompareRowSerializer(serializers.Serializer):
    group = serializers.CharField()
    label = serializers.CharField()
    cells = serializers.ListField(child=serializers.CharField())
    states = serializers.ListField(
        child=serializers.ChoiceField(choices=["yes", "no", "unknown"], allow_null=True),
        help_text=_("Per cell: yes, no (recorded as absent), unknown (not recorded), or null where no fact applies."),
    )
    differs = serializers.BooleanField()


class CompareSerializer(serializers.Serializer):
    databases = DatabaseListSerializer(many=True)
    rows = CompareRowSerializer(many=True)


class RatingInputSerializer(serializers.Serializer):
    stars = serializers.IntegerField(min_value=1, max_value=5, help_text=_("1 to 5"))


class CommentInputSerializer(serializers.Serializer):
    body = serializers.CharField(max_length=4000, trim_whitespace=True)


class FollowInputSerializer(serializers.Serializer):
    following = serializers.BooleanField()
