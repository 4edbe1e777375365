"""eTISC API: reads follow group visibility, writes go through the same services as the pages."""

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import PermissionDenied, Throttled, ValidationError
from rest_framework.permissions import SAFE_METHODS
from rest_framework.response import Response
from rest_framework.views import APIView

from etisc import filters, selectors, services
from etisc.access import group_or_404
from etisc.api import serializers
from etisc.models import Event, ExpertSession, Group, Post, Question, Topic
from etisc.ratelimit import RateLimited, rate_limit_hit
from inspire.api.throttling import ScopedRateThrottle


class CommunityWriteMixin(APIView):
    """Writes by people: the tighter "writes" throttle scope, rate limits and permission errors as JSON."""

    throttle_scope = "writes"

    def handle_exception(self, exc):
        # Services raise Django's PermissionDenied; give API clients DRF's code and the service's reason.
        if isinstance(exc, DjangoPermissionDenied):
            exc = PermissionDenied(str(exc) or None)
        return super().handle_exception(exc)

    def get_throttles(self):
        throttles = super().get_throttles()
        if self.request.method not in SAFE_METHODS:
            throttles.append(ScopedRateThrottle())
        return throttles

    def rate_limit(self, action_name: str) -> None:
        try:
            rate_limit_hit(request=self.request, action=action_name)
        except RateLimited as error:
            raise Throttled(wait=error.retry_after) from error


class GroupViewSet(CommunityWriteMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = serializers.GroupSerializer
    filterset_class = filters.GroupFilter
    lookup_field = "slug"
    search_fields = ["name", "description"]

    def get_queryset(self):
        return selectors.groups_listed()

    @extend_schema(request=None, responses=serializers.MembershipSerializer)
    @action(detail=True, methods=["post"])
    def join(self, request, slug=None):
        group = get_object_or_404(Group, slug=slug)
        membership = services.membership_join(user=request.user, group=group)
        return Response(serializers.MembershipSerializer(membership).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=None, responses={204: None})
    @action(detail=True, methods=["post"])
    def leave(self, request, slug=None):
        group = get_object_or_404(Group, slug=slug)
        services.membership_leave(user=request.user, group=group)
        return Response(status=status.HTTP_204_NO_CONTENT)


class TopicViewSet(CommunityWriteMixin, mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = serializers.TopicSerializer
    filterset_class = filters.TopicFilter
    search_fields = ["title"]
    ordering_fields = ["last_post_at", "created_at"]

    def get_queryset(self):
        return (
            Topic.objects.visible_to(self.request.user)
            .select_related("group", "author", "last_post_author")
            .prefetch_related("tags")
            .order_by("-pinned", "-last_post_at")
        )

    @extend_schema(request=serializers.TopicCreateSerializer, responses={201: serializers.TopicSerializer})
    def create(self, request, *args, **kwargs):
        data = _valid(serializers.TopicCreateSerializer, request)
        group, _access = group_or_404(request, data["group"])
        self.rate_limit("post")
        topic = services.topic_create(
            user=request.user, group=group, title=data["title"], body=data["body"], tags=data.get("tags", [])
        )
        return Response(serializers.TopicSerializer(topic).data, status=status.HTTP_201_CREATED)


class PostViewSet(CommunityWriteMixin, mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = serializers.PostSerializer
    filterset_class = filters.PostFilter
    search_fields = ["body"]

    def get_queryset(self):
        return (
            Post.objects.visible_to(self.request.user).select_related("author", "reply_to").order_by("topic", "number")
        )

    @extend_schema(request=serializers.PostCreateSerializer, responses={201: serializers.PostSerializer})
    def create(self, request, *args, **kwargs):
        data = _valid(serializers.PostCreateSerializer, request)
        topic = get_object_or_404(Topic.objects.visible_to(request.user).select_related("group"), pk=data["topic"])
        reply_to = None
        if data.get("reply_to"):
            reply_to = Post.objects.published().filter(topic=topic, number=data["reply_to"]).first()
            if reply_to is None:
                raise ValidationError({"reply_to": ["No such post in this topic."]})
        self.rate_limit("post")
        post = services.post_create(user=request.user, topic=topic, body=data["body"], reply_to=reply_to)
        return Response(serializers.PostSerializer(post).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=serializers.PostEditSerializer, responses=serializers.PostSerializer)
    def partial_update(self, request, *args, **kwargs):
        post = self.get_object()
        data = _valid(serializers.PostEditSerializer, request)
        post = services.post_edit(user=request.user, post=post, body=data["body"])
        return Response(serializers.PostSerializer(post).data)

    @extend_schema(responses={204: None})
    def destroy(self, request, *args, **kwargs):
        services.post_delete(user=request.user, post=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)


class ExpertSessionViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = serializers.ExpertSessionSerializer
    lookup_field = "slug"
    search_fields = ["title", "theme", "questions__body", "questions__answer"]

    def get_queryset(self):
        return ExpertSession.objects.select_related("expert").order_by("-opens_at").distinct()


class QuestionViewSet(CommunityWriteMixin, mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = serializers.QuestionSerializer
    filterset_class = filters.QuestionFilter
    search_fields = ["body", "answer"]

    def get_queryset(self):
        return Question.objects.filter(hidden=False).select_related("session", "author").order_by("-vote_count", "id")

    @extend_schema(request=serializers.QuestionCreateSerializer, responses={201: serializers.QuestionSerializer})
    def create(self, request, *args, **kwargs):
        data = _valid(serializers.QuestionCreateSerializer, request)
        session = get_object_or_404(ExpertSession, slug=data["session"])
        self.rate_limit("question")
        question = services.question_create(user=request.user, session=session, body=data["body"])
        return Response(serializers.QuestionSerializer(question).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=None, responses=serializers.QuestionSerializer)
    @action(detail=True, methods=["post"])
    def vote(self, request, pk=None):
        question = self.get_object()
        services.question_vote(user=request.user, question=question)
        question.refresh_from_db()
        return Response(serializers.QuestionSerializer(question).data)

    @extend_schema(request=serializers.AnswerSerializer, responses=serializers.QuestionSerializer)
    @action(detail=True, methods=["post"])
    def answer(self, request, pk=None):
        question = self.get_object()
        data = _valid(serializers.AnswerSerializer, request)
        question = services.question_answer(user=request.user, question=question, answer=data["answer"])
        return Response(serializers.QuestionSerializer(question).data)

    @extend_schema(request=None, responses=serializers.QuestionSerializer)
    @action(detail=True, methods=["post"])
    def accept(self, request, pk=None):
        question = services.question_accept(user=request.user, question=self.get_object())
        return Response(serializers.QuestionSerializer(question).data)


class EventViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = serializers.EventSerializer
    filterset_class = filters.EventFilter
    lookup_field = "slug"
    search_fields = ["title", "description"]

    def get_queryset(self):
        return Event.objects.visible_to(self.request.user).select_related("group").order_by("starts_at")


def _valid(serializer_class, request) -> dict:
    serializer = serializer_class(data=request.data)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data
