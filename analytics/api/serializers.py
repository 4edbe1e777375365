from django.utils.translation import gettext_lazy
from django_countries.serializer_fields import CountryField
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from analytics.models import Guide, Language, Publisher, Region, Report, Series, TechnologyField
from analytics.validators import validate_cover_image, validate_pdf


class PublisherSerializer(serializers.ModelSerializer):
    report_count = serializers.IntegerField(read_only=True)
    country = CountryField(required=False, allow_blank=True)
    url = serializers.CharField(source="get_absolute_url", read_only=True)

    class Meta:
        model = Publisher
        fields = [
            "slug",
            "name",
            "acronym",
            "kind",
            "country",
            "website_url",
            "description",
            "report_count",
            "url",
            "source_url",
            "reviewed_on",
        ]


class TechnologyFieldSerializer(serializers.ModelSerializer):
    parent = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)
    report_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = TechnologyField
        fields = ["slug", "name", "parent", "description", "report_count"]


class PublisherBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Publisher
        fields = ["slug", "name", "acronym"]


class ReportSerializer(serializers.ModelSerializer):
    """What readers get: the report with its publisher, fields and download count."""

    publisher = PublisherBriefSerializer(read_only=True)
    series_label = serializers.CharField(source="get_series_display", read_only=True)
    previous_edition = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)
    fields = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    languages = serializers.SlugRelatedField(slug_field="code", many=True, read_only=True)
    classes = serializers.ListField(source="class_list", child=serializers.CharField(), read_only=True)
    countries = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()
    download_url = serializers.SerializerMethodField()
    has_pdf = serializers.SerializerMethodField()

    class Meta:
        model = Report
        fields = [
            "slug",
            "title",
            "series",
            "series_label",
            "publisher",
            "prepared_with",
            "publication_year",
            "edition",
            "previous_edition",
            "fields",
            "classes",
            "region",
            "countries",
            "languages",
            "summary",
            "landing_url",
            "has_pdf",
            "download_url",
            "download_count",
            "url",
            "source_url",
            "reviewed_on",
        ]

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_countries(self, report: Report) -> list[str]:
        return [country.code for country in report.countries]

    def get_url(self, report: Report) -> str:
        return self.context["request"].build_absolute_uri(report.get_absolute_url())

    def get_download_url(self, report: Report) -> str | None:
        if not report.is_downloadable:
            return None
        return self.context["request"].build_absolute_uri(report.get_download_url())

    def get_has_pdf(self, report: Report) -> bool:
        return bool(report.pdf)


class ReportInputSerializer(serializers.Serializer):
    """What curators send to create or change a report (JSON, or multipart with a PDF)."""

    title = serializers.CharField(max_length=300)
    series = serializers.ChoiceField(choices=Series.choices, default=Series.PLR)
    publisher = serializers.SlugRelatedField(slug_field="slug", queryset=Publisher.objects.all())
    prepared_with = serializers.CharField(max_length=300, required=False, allow_blank=True)
    publication_year = serializers.IntegerField(min_value=1950, max_value=2100, required=False, allow_null=True)
    edition = serializers.IntegerField(min_value=1, default=1)
    previous_edition = serializers.SlugRelatedField(
        slug_field="slug", queryset=Report.objects.all(), required=False, allow_null=True
    )
    fields = serializers.SlugRelatedField(slug_field="slug", queryset=TechnologyField.objects.all(), many=True)
    languages = serializers.SlugRelatedField(
        slug_field="code", queryset=Language.objects.all(), many=True, default=list
    )
    classes = serializers.CharField(max_length=300, required=False, allow_blank=True)
    region = serializers.ChoiceField(choices=Region.choices, default=Region.GLOBAL)
    countries = serializers.ListField(child=CountryField(), required=False)
    summary = serializers.CharField(required=False, allow_blank=True)
    landing_url = serializers.URLField(max_length=500, required=False, allow_blank=True)
    pdf = serializers.FileField(required=False, validators=[validate_pdf])
    cover_image = serializers.FileField(required=False, validators=[validate_cover_image])
    is_published = serializers.BooleanField(default=True)
    source_url = serializers.URLField(max_length=500)
    reviewed_on = serializers.DateField()


class GuideSerializer(serializers.ModelSerializer):
    languages = serializers.SlugRelatedField(
        slug_field="code", many=True, read_only=True, help_text=gettext_lazy("ISO 639-1 codes.")
    )
    year = serializers.IntegerField(read_only=True, allow_null=True, help_text=gettext_lazy("null: not recorded."))
    page = serializers.CharField(
        source="get_absolute_url", read_only=True, help_text=gettext_lazy("The guide's entry on the hub.")
    )

    class Meta:
        model = Guide
        fields = [
            "slug",
            "title",
            "publisher",
            "year",
            "url",
            "languages",
            "summary",
            "page",
            "source_url",
            "reviewed_on",
        ]
