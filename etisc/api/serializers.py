from rest_framework import serializers

from etisc.forms import BODY_MAX_LENGTH
from etisc.models import Event, ExpertSession, Group, Post, Question, Topic


class GroupSerializer(serializers.ModelSerializer):
    class Meta:
        model = Group
        fields = ["slug", "name", "description", "visibility", "is_demo"]


class MembershipSerializer(serializers.Serializer):
    status = serializers.CharField(read_only=True)
    role = serializers.CharField(read_only=True)


class TopicSerializer(serializers.ModelSerializer):
    group = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    author = serializers.CharField(source="author.username", read_only=True)
    last_post_author = serializers.CharField(source="last_post_author.username", read_only=True, default=None)
    tags = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    reply_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Topic
        fields = [
            "id",
            "group",
            "title",
            "author",
            "tags",
            "pinned",
            "locked",
            "created_at",
            "reply_count",
            "last_post_at",
            "last_post_author",
        ]


class TopicCreateSerializer(serializers.Serializer):
    group = serializers.SlugField()
    title = serializers.CharField(max_length=200)
    body = serializers.CharField(max_length=BODY_MAX_LENGTH)
    tags = serializers.ListField(child=serializers.CharField(max_length=60), required=False, max_length=10)


class PostSerializer(serializers.ModelSerializer):
    author = serializers.CharField(source="author.username", read_only=True)
    reply_to = serializers.IntegerField(source="reply_to.number", read_only=True, default=None, allow_null=True)

    class Meta:
        model = Post
        fields = [
            "id",
            "topic",
            "number",
            "author",
            "reply_to",
            "body",
            "body_html",
            "status",
            "created_at",
            "edited_at",
        ]


class PostCreateSerializer(serializers.Serializer):
    topic = serializers.IntegerField()
    body = serializers.CharField(max_length=BODY_MAX_LENGTH)
    reply_to = serializers.IntegerField(required=False, min_value=1, help_text="Number of the quoted post")


class PostEditSerializer(serializers.Serializer):
    body = serializers.CharField(max_length=BODY_MAX_LENGTH)


class QuestionSerializer(serializers.ModelSerializer):
    session = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    author = serializers.CharField(source="author.username", read_only=True)

    class Meta:
        model = Question
        fields = ["id", "session", "author", "body", "vote_count", "answer", "answered_at", "accepted", "created_at"]


class QuestionCreateSerializer(serializers.Serializer):
    session = serializers.SlugField()
    body = serializers.CharField(max_length=4000)


class AnswerSerializer(serializers.Serializer):
    answer = serializers.CharField(max_length=20000)


class ExpertSessionSerializer(serializers.ModelSerializer):
    expert = serializers.CharField(source="expert.username", read_only=True)

    class Meta:
        model = ExpertSession
        fields = ["slug", "title", "theme", "description", "expert", "opens_at", "closes_at", "is_demo"]


class EventSerializer(serializers.ModelSerializer):
    group = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = Event
        fields = [
            "slug",
            "title",
            "kind",
            "description",
            "starts_at",
            "ends_at",
            "timezone",
            "online_url",
            "venue",
            "registration_url",
            "recording_url",
            "slides_url",
            "group",
            "source_url",
            "reviewed_on",
            "is_demo",
        ]
