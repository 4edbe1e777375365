from django.shortcuts import get_object_or_404
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema
from rest_framework import permissions, viewsets
from rest_framework.exceptions import NotFound
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle
from rest_framework.views import APIView

from inspire.accounts.models import User
from learning import selectors
from learning.api.serializers import (
    LearnerProgressSerializer,
    LearningResourceDetailSerializer,
    LearningResourceSerializer,
    PathProgressSerializer,
    PathSerializer,
    StepInputSerializer,
)
from learning.filters import ResourceFilter
from learning.models import LearningResource, PathStep
from learning.permissions import can_view_progress, is_coordinator
from learning.services import step_complete, step_reopen


class ResourceViewSet(viewsets.ReadOnlyModelViewSet):
    """Courses, workshops, meetings and publications. Filters: `q`, `kind`, `delivery` (the format), `level`,
    `language`, `topic`, `provider`; repeat a parameter to match any of several values."""

    lookup_field = "slug"
    filter_backends = [DjangoFilterBackend]
    filterset_class = ResourceFilter

    def get_queryset(self):
        queryset = LearningResource.objects.published().for_cards().order_by("title")
        if self.action == "retrieve":
            return queryset.select_related("source").prefetch_related("editions")
        return queryset

    def get_serializer_class(self):
        return LearningResourceDetailSerializer if self.action == "retrieve" else LearningResourceSerializer


class PathViewSet(viewsets.ReadOnlyModelViewSet):
    """Learning paths with their ordered steps."""

    lookup_field = "slug"
    serializer_class = PathSerializer
    filter_backends = []

    def get_queryset(self):
        return selectors.paths_all().select_related("source")


class ProgressView(APIView):
    """Your own progress on every path (GET), or mark a step done or not done (POST)."""

    permission_classes = [permissions.IsAuthenticated]
    throttle_scope = "writes"

    def get_throttles(self):
        return [ScopedRateThrottle()] if self.request.method == "POST" else super().get_throttles()

    @extend_schema(responses=PathProgressSerializer(many=True))
    def get(self, request):
        return Response(PathProgressSerializer(selectors.learner_progress(request.user), many=True).data)

    @extend_schema(request=StepInputSerializer, responses=PathProgressSerializer(many=True))
    def post(self, request):
        serializer = StepInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        step = get_object_or_404(PathStep, path__slug=data["path"], position=data["position"])
        if data["done"]:
            step_complete(user=request.user, step=step)
        else:
            step_reopen(user=request.user, step=step)
        return Response(PathProgressSerializer(selectors.learner_progress(request.user), many=True).data)


class LearnerProgressView(APIView):
    """One learner's progress: for that learner and their coordinator only (404 for anyone else)."""

    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(operation_id="learning_learner_progress", responses=PathProgressSerializer(many=True))
    def get(self, request, username):
        learner = User.objects.filter(username=username).first()
        if learner is None or not can_view_progress(request.user, learner):
            raise NotFound
        return Response(PathProgressSerializer(selectors.learner_progress(learner), many=True).data)


class TeamProgressView(APIView):
    """A coordinator's TISC staff with their progress on every path."""

    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(responses=LearnerProgressSerializer(many=True))
    def get(self, request):
        if not is_coordinator(request.user):
            raise NotFound
        return Response(LearnerProgressSerializer(selectors.team_progress(request.user), many=True).data)
