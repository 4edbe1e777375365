from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from programmes.models import EligibilityList, Product, Programme, Provider, Source, Statistic


class SourceSerializer(serializers.ModelSerializer):
    url = serializers.CharField(help_text="Empty for a report read without a web address; cited by title.")

    class Meta:
        model = Source
        fields = ["key", "title", "publisher", "url", "note", "reviewed_on"]


class ProductSerializer(serializers.ModelSerializer):
    database = serializers.SerializerMethodField(help_text="The hub's report on the product; null when there is none.")

    class Meta:
        model = Product
        fields = ["name", "database"]

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_database(self, product: Product) -> str | None:
        if product.database is None or not product.database.is_published:
            return None
        return self.context["request"].build_absolute_uri(product.database.get_absolute_url())


class ProviderSerializer(serializers.ModelSerializer):
    products = ProductSerializer(many=True, read_only=True)
    source = serializers.SlugRelatedField(slug_field="key", read_only=True)

    class Meta:
        model = Provider
        fields = ["slug", "name", "website", "products", "source"]


class EligibilityListSerializer(serializers.ModelSerializer):
    countries = serializers.SerializerMethodField()
    source = SourceSerializer(read_only=True)
    complete = serializers.BooleanField(
        help_text="True when every country of the group was read. A country missing from an incomplete list is "
        "not known, not ineligible."
    )

    class Meta:
        model = EligibilityList
        fields = [
            "slug",
            "name",
            "access",
            "research4life_group",
            "terms",
            "institution_types",
            "countries",
            "complete",
            "stated_count",
            "source",
            "reviewed_on",
        ]

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_countries(self, group: EligibilityList) -> list[str]:
        return [country.code for country in group.countries]


class StatisticSerializer(serializers.ModelSerializer):
    programme = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    source = SourceSerializer(read_only=True)

    class Meta:
        model = Statistic
        fields = ["programme", "year", "metric", "value", "qualifier", "note", "source"]


class ProgrammeSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()

    class Meta:
        model = Programme
        fields = ["slug", "acronym", "name", "summary", "registration_url", "url", "reviewed_on"]

    def get_url(self, programme: Programme) -> str:
        return self.context["request"].build_absolute_uri(programme.get_absolute_url())


class ProgrammeDetailSerializer(ProgrammeSerializer):
    providers = ProviderSerializer(many=True, read_only=True)
    lists = EligibilityListSerializer(many=True, read_only=True)
    statistics = StatisticSerializer(many=True, read_only=True)
    sources = SourceSerializer(many=True, read_only=True)

    class Meta(ProgrammeSerializer.Meta):
        fields = [
            *ProgrammeSerializer.Meta.fields,
            "offers",
            "eligibility",
            "registration",
            "partnership",
            "providers",
            "lists",
            "statistics",
            "sources",
        ]


class ListFindingSerializer(serializers.Serializer):
    list = serializers.CharField(source="list.slug")
    name = serializers.CharField(source="list.name")
    finding = serializers.ChoiceField(
        choices=["listed", "type_excluded", "not_listed", "not_in_part_held", "not_held"],
        help_text="not_in_part_held and not_held mean the hub cannot tell: the list was read in part or not at all.",
    )
    explanation = serializers.CharField(source="label")
    access = serializers.CharField(source="list.access")
    research4life_group = serializers.CharField(source="list.research4life_group")
    terms = serializers.CharField(source="list.terms")
    source = SourceSerializer(source="list.source")
    list_dated = serializers.DateField(source="list.reviewed_on")


class ProgrammeAnswerSerializer(serializers.Serializer):
    programme = serializers.CharField(source="programme.slug")
    acronym = serializers.CharField(source="programme.acronym")
    verdict = serializers.ChoiceField(
        choices=["eligible", "not_eligible", "unknown"],
        help_text="not_eligible only when every list was read in full (or excludes this kind of institution).",
    )
    explanation = serializers.CharField(source="label")
    lists_dated = serializers.DateField(allow_null=True)
    findings = ListFindingSerializer(many=True)


class EligibilitySerializer(serializers.Serializer):
    country = serializers.CharField()
    type = serializers.CharField()
    programmes = ProgrammeAnswerSerializer(many=True)
