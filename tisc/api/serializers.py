from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from tisc.models import Institution, Network, Report, ReportEvent, ServiceRequest, TrainingEvent


class TiscNetworkSerializer(serializers.ModelSerializer):
    country_name = serializers.CharField(read_only=True)
    listed_count = serializers.IntegerField(read_only=True, help_text=_("Host institutions listed in the directory."))
    size = serializers.SerializerMethodField(
        help_text=_("Host institutions: the stated count or the listed count, whichever is larger; null: not recorded.")
    )
    web_url = serializers.CharField(source="get_absolute_url", read_only=True)

    class Meta:
        model = Network
        fields = [
            "slug",
            "name",
            "country",
            "country_name",
            "coordinator",
            "coordinator_url",
            "since_year",
            "stated_host_count",
            "stated_host_count_year",
            "stated_host_count_source",
            "listed_count",
            "size",
            "is_demo",
            "dashboard_public",
            "source_url",
            "reviewed_on",
            "web_url",
        ]
        extra_kwargs = {
            "country": {"help_text": _("ISO code; empty for demo networks.")},
            "since_year": {"help_text": _("null: not recorded.")},
        }

    def get_size(self, network: Network) -> int | None:
        return network.size(network.listed_count)


class TiscInstitutionBriefSerializer(serializers.ModelSerializer):
    web_url = serializers.CharField(source="get_absolute_url", read_only=True)

    class Meta:
        model = Institution
        fields = ["slug", "name", "kind", "city", "web_url"]


class TiscNetworkDetailSerializer(TiscNetworkSerializer):
    institutions = serializers.SerializerMethodField()

    class Meta(TiscNetworkSerializer.Meta):
        fields = [*TiscNetworkSerializer.Meta.fields, "summary", "institutions"]

    def get_institutions(self, network: Network) -> list[dict]:
        # The stubs type `.data` as one object even for many=True.
        return TiscInstitutionBriefSerializer(self.context["institutions"], many=True).data  # type: ignore[return-value]


class TiscInstitutionSerializer(serializers.ModelSerializer):
    network = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    network_name = serializers.CharField(source="network.name", read_only=True)
    is_demo = serializers.BooleanField(source="network.is_demo", read_only=True)
    services = serializers.SerializerMethodField(
        help_text=_("Services recorded as offered. A service absent here is not recorded, not refused.")
    )
    source_url = serializers.CharField(source="provenance", read_only=True)
    web_url = serializers.CharField(source="get_absolute_url", read_only=True)

    class Meta:
        model = Institution
        fields = [
            "slug",
            "name",
            "network",
            "network_name",
            "kind",
            "city",
            "since_year",
            "languages",
            "services",
            "website",
            "contact_url",
            "contact_email",
            "note",
            "is_demo",
            "source_url",
            "reviewed_on",
            "web_url",
        ]
        extra_kwargs = {
            "city": {"help_text": _("Empty: not recorded.")},
            "languages": {"help_text": _("Language codes; empty: not recorded.")},
        }

    def get_services(self, institution: Institution) -> list[str]:
        return [row.service for row in institution.offered_services]


class TiscServiceRequestSerializer(serializers.ModelSerializer):
    institution = serializers.SlugRelatedField(slug_field="slug", queryset=Institution.objects.none())

    class Meta:
        model = ServiceRequest
        fields = ["id", "institution", *ServiceRequest.RECORDED_FIELDS, "created_at"]
        read_only_fields = ["id", "created_at"]

    def __init__(self, *args, institutions=None, **kwargs):
        super().__init__(*args, **kwargs)
        if institutions is not None:
            # A bound field is typed as the Field base class, which has no queryset.
            self.fields["institution"].queryset = institutions  # type: ignore[attr-defined]


class TiscTrainingSerializer(TiscServiceRequestSerializer):
    participants = serializers.IntegerField(read_only=True)

    class Meta:
        model = TrainingEvent
        fields = ["id", "institution", *TrainingEvent.RECORDED_FIELDS, "participants", "created_at"]
        read_only_fields = ["id", "participants", "created_at"]


class TiscReportEventSerializer(serializers.ModelSerializer):
    author = serializers.CharField(source="author.display_name", default=None, read_only=True, allow_null=True)

    class Meta:
        model = ReportEvent
        fields = ["action", "author", "body", "created_at"]


class TiscReportSerializer(serializers.ModelSerializer):
    network = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    institution = serializers.SlugRelatedField(
        slug_field="slug", read_only=True, allow_null=True, help_text=_("null: the network's own report.")
    )
    period = serializers.CharField(source="period.code", read_only=True)
    web_url = serializers.CharField(source="get_absolute_url", read_only=True)

    class Meta:
        model = Report
        fields = [
            "id",
            "network",
            "institution",
            "year",
            "quarter",
            "period",
            "status",
            "due_on",
            "return_count",
            "submitted_at",
            "decided_at",
            "web_url",
        ]
        extra_kwargs = {
            "quarter": {"help_text": _("1 to 4; 0 for the annual report.")},
        }


class TiscReportDetailSerializer(TiscReportSerializer):
    events = TiscReportEventSerializer(many=True, read_only=True)
    figures = serializers.SerializerMethodField(
        help_text=_("The frozen figures of the latest submission, or live figures while the report is open.")
    )
    figures_version = serializers.SerializerMethodField(help_text=_("The frozen copy shown; null: live figures."))
    narrative = serializers.SerializerMethodField()

    class Meta(TiscReportSerializer.Meta):
        fields = [*TiscReportSerializer.Meta.fields, "narrative", "figures", "figures_version", "events"]

    def get_figures(self, report: Report) -> dict:
        return self.context["figures"]

    def get_figures_version(self, report: Report) -> int | None:
        copy = self.context["copy"]
        return copy.version if copy else None

    def get_narrative(self, report: Report) -> str:
        copy = self.context["copy"]
        return copy.narrative if copy else report.narrative


class TiscReportOpenSerializer(serializers.Serializer):
    network = serializers.SlugField(help_text=_("The network's slug."))
    institution = serializers.SlugField(required=False, allow_null=True, help_text=_("Empty: the network's report."))
    year = serializers.IntegerField(min_value=2009, max_value=2100)
    quarter = serializers.IntegerField(min_value=0, max_value=4, help_text=_("1 to 4; 0 for the annual report."))


class TiscNarrativeSerializer(serializers.Serializer):
    narrative = serializers.CharField(allow_blank=True, max_length=20_000, required=False)


class TiscReviewSerializer(serializers.Serializer):
    comment = serializers.CharField(allow_blank=True, max_length=4000, required=False, default="")


class TiscCommentSerializer(serializers.Serializer):
    body = serializers.CharField(max_length=4000)


class TiscDashboardSerializer(serializers.Serializer):
    """The figures behind a dashboard: the same numbers as its charts and tables, as codes."""

    year = serializers.IntegerField()
    figures = serializers.DictField(help_text=_("Totals, months, kinds, categories, genders, outcomes, indicators."))
    trend = serializers.ListField(child=serializers.DictField(), help_text=_("Totals of the last three years."))
