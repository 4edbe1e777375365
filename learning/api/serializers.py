from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from learning.models import Edition, LearningPath, LearningResource, PathStep
from programmes.api.serializers import SourceSerializer

NOT_RECORDED = "Empty when the source does not say (not recorded)."


class EditionSerializer(serializers.ModelSerializer):
    url = serializers.CharField(help_text="The provider's page for this edition; empty when none was read.")

    class Meta:
        model = Edition
        fields = ["language", "title", "url"]


class HubPageSerializer(serializers.Serializer):
    url = serializers.CharField()
    label = serializers.CharField()


class LearningResourceSerializer(serializers.ModelSerializer):
    provider = serializers.CharField(source="provider.name")
    topics = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    format = serializers.CharField(help_text=NOT_RECORDED)
    level = serializers.CharField(help_text=NOT_RECORDED)
    duration = serializers.CharField(help_text=NOT_RECORDED)
    languages = serializers.ListField(child=serializers.CharField(), help_text="Empty when not recorded.")
    url = serializers.CharField(help_text="The provider's page; empty when no page was read.")
    page = serializers.SerializerMethodField()

    class Meta:
        model = LearningResource
        fields = ["slug", "title", "kind", "provider", "format", "level", "duration", "languages", "topics"]
        fields += ["year", "url", "page", "reviewed_on"]

    def get_page(self, resource: LearningResource) -> str:
        return self.context["request"].build_absolute_uri(resource.get_absolute_url())


class LearningResourceDetailSerializer(LearningResourceSerializer):
    editions = EditionSerializer(many=True, read_only=True)
    hub_pages = serializers.SerializerMethodField()
    source = SourceSerializer(read_only=True)

    class Meta(LearningResourceSerializer.Meta):
        fields = [*LearningResourceSerializer.Meta.fields, "summary", "editions", "hub_pages", "source"]

    @extend_schema_field(HubPageSerializer(many=True))
    def get_hub_pages(self, resource: LearningResource) -> list[dict]:
        request = self.context["request"]
        return [{"url": request.build_absolute_uri(url), "label": label} for url, label in resource.hub_pages]


class StepSerializer(serializers.ModelSerializer):
    resource = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)

    class Meta:
        model = PathStep
        fields = ["id", "position", "title", "description", "resource", "hub_link"]


class PathSerializer(serializers.ModelSerializer):
    steps = StepSerializer(many=True, read_only=True)
    source = SourceSerializer(read_only=True)

    class Meta:
        model = LearningPath
        fields = ["slug", "title", "summary", "steps", "source", "reviewed_on"]


class PathProgressSerializer(serializers.Serializer):
    path = serializers.CharField(source="path.slug")
    completed = serializers.IntegerField()
    total = serializers.IntegerField()
    percent = serializers.IntegerField()
    steps_done = serializers.SerializerMethodField()

    @extend_schema_field(serializers.ListField(child=serializers.IntegerField()))
    def get_steps_done(self, progress) -> list[int]:
        return [step.position for step in progress.path.steps.all() if step.pk in progress.done]


class LearnerProgressSerializer(serializers.Serializer):
    learner = serializers.CharField(source="member.username")
    paths = PathProgressSerializer(many=True)


class StepInputSerializer(serializers.Serializer):
    path = serializers.SlugField()
    position = serializers.IntegerField(min_value=1, max_value=32767)
    done = serializers.BooleanField()
