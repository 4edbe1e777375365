"""The workspace through the API: records a TISC keeps, and reports with their workflow.

Every list is limited to what the caller's scope may read; anything outside it answers 404.
"""

from collections.abc import Callable
from typing import Any

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from inspire.api.permissions import signed_in_user
from tisc.access import request_scope
from tisc.api import serializers as api_serializers
from tisc.models import Institution, Network, Report, ServiceRequest, TrainingEvent
from tisc.periods import Period
from tisc.selectors import work as selectors
from tisc.services import records as record_services
from tisc.services import reports as report_services

INSTITUTION = OpenApiParameter("institution", str, description="Slug of a host institution.")


class _RecordViewSet(
    mixins.ListModelMixin,
    mixins.CreateModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    permission_classes = [IsAuthenticated]
    filter_backends = []
    # Each record kind's delete service.
    remove: Callable[[Any], None]

    def get_serializer(self, *args, **kwargs):
        kwargs["institutions"] = selectors.recordable_institutions(scope=request_scope(self.request))
        return super().get_serializer(*args, **kwargs)

    def filter_queryset(self, queryset):
        slug = self.request.query_params.get("institution")
        return queryset.filter(institution__slug=slug) if slug else queryset

    def _fields(self, data: dict) -> dict:
        return {name: value for name, value in data.items() if name != "institution"}

    def perform_destroy(self, instance):
        if not request_scope(self.request).can_record(instance.institution):
            raise PermissionDenied
        self.remove(instance)


@extend_schema(parameters=[INSTITUTION])
class ServiceRequestViewSet(_RecordViewSet):
    """Service requests, newest first. Staff record for their institution, coordinators for their network."""

    serializer_class = api_serializers.TiscServiceRequestSerializer

    def get_queryset(self):
        return selectors.service_requests(scope=request_scope(self.request))

    def perform_create(self, serializer):
        data = serializer.validated_data
        serializer.instance = record_services.service_request_create(
            institution=data["institution"], recorded_by=signed_in_user(self.request), **self._fields(data)
        )

    def perform_update(self, serializer):
        if not request_scope(self.request).can_record(serializer.instance.institution):
            raise PermissionDenied
        serializer.instance = record_services.service_request_update(
            record=serializer.instance, **self._fields(serializer.validated_data)
        )

    def remove(self, instance: ServiceRequest) -> None:
        record_services.service_request_delete(record=instance)


@extend_schema(parameters=[INSTITUTION])
class TrainingViewSet(_RecordViewSet):
    """Training events with their participants by gender."""

    serializer_class = api_serializers.TiscTrainingSerializer

    def get_queryset(self):
        return selectors.trainings(scope=request_scope(self.request))

    def perform_create(self, serializer):
        data = serializer.validated_data
        serializer.instance = record_services.training_create(
            institution=data["institution"], recorded_by=signed_in_user(self.request), **self._fields(data)
        )

    def perform_update(self, serializer):
        if not request_scope(self.request).can_record(serializer.instance.institution):
            raise PermissionDenied
        serializer.instance = record_services.training_update(
            event=serializer.instance, **self._fields(serializer.validated_data)
        )

    def remove(self, instance: TrainingEvent) -> None:
        record_services.training_delete(event=instance)


class ReportViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Reports the caller may read; POST opens one, the actions move it through review."""

    permission_classes = [IsAuthenticated]
    filter_backends = []

    def get_queryset(self):
        return selectors.reports(scope=request_scope(self.request)).order_by("-year", "-quarter", "pk")

    def get_serializer_class(self):
        return (
            api_serializers.TiscReportDetailSerializer
            if self.action == "retrieve"
            else api_serializers.TiscReportSerializer
        )

    def _report(self, pk) -> Report:
        self.get_object()  # 404 outside the caller's scope
        return selectors.report_detail(pk=pk)

    def retrieve(self, request, pk=None):
        report = self._report(pk)
        copy = None if report.is_editable else next(iter(report.snapshots.all()), None)
        figures = copy.figures if copy else selectors.report_figures(report=report)
        context = {**self.get_serializer_context(), "copy": copy, "figures": figures}
        return Response(api_serializers.TiscReportDetailSerializer(report, context=context).data)

    @extend_schema(
        request=api_serializers.TiscReportOpenSerializer, responses={201: api_serializers.TiscReportSerializer}
    )
    def create(self, request):
        """Open (or find) the report of a period for a host institution, or for a whole network."""
        serializer = api_serializers.TiscReportOpenSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data, scope = serializer.validated_data, request_scope(request)
        network = get_object_or_404(Network, slug=data["network"])
        institution = None
        if data.get("institution"):
            institution = get_object_or_404(Institution, slug=data["institution"], network=network)
            allowed = scope.can_record(institution)
        else:
            allowed = scope.can_manage_project(network)
        if not allowed:
            raise PermissionDenied
        report = report_services.report_open(
            network=network, institution=institution, period=Period(data["year"], data["quarter"])
        )
        return Response(api_serializers.TiscReportSerializer(report).data, status=status.HTTP_201_CREATED)

    def _write(self, request, pk) -> Report:
        report = self._report(pk)
        if not request_scope(request).can_write_report(report):
            raise PermissionDenied
        return report

    def _review(self, request, pk) -> Report:
        report = self._report(pk)
        if not request_scope(request).can_review_report(report):
            raise PermissionDenied
        return report

    def _answer(self, report: Report) -> Response:
        return Response(api_serializers.TiscReportSerializer(Report.objects.get(pk=report.pk)).data)

    @extend_schema(request=api_serializers.TiscNarrativeSerializer, responses=api_serializers.TiscReportSerializer)
    @action(detail=True, methods=["post"])
    def narrative(self, request, pk=None):
        report = self._write(request, pk)
        serializer = api_serializers.TiscNarrativeSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        report_services.report_narrative_save(report=report, narrative=serializer.validated_data.get("narrative", ""))
        return self._answer(report)

    @extend_schema(request=None, responses=api_serializers.TiscReportSerializer)
    @action(detail=True, methods=["post"])
    def submit(self, request, pk=None):
        """Freeze the figures and narrative and send the report for review."""
        report = self._write(request, pk)
        report_services.report_submit(report=report, user=request.user)
        return self._answer(report)

    @extend_schema(request=api_serializers.TiscReviewSerializer, responses=api_serializers.TiscReportSerializer)
    @action(detail=True, methods=["post"], url_path="return")
    def return_for_changes(self, request, pk=None):
        """Send the report back to its authors; `comment` says what should change (required)."""
        report = self._review(request, pk)
        serializer = api_serializers.TiscReviewSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        report_services.report_return(report=report, user=request.user, comment=serializer.validated_data["comment"])
        return self._answer(report)

    @extend_schema(request=api_serializers.TiscReviewSerializer, responses=api_serializers.TiscReportSerializer)
    @action(detail=True, methods=["post"])
    def accept(self, request, pk=None):
        report = self._review(request, pk)
        serializer = api_serializers.TiscReviewSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        report_services.report_accept(report=report, user=request.user, comment=serializer.validated_data["comment"])
        return self._answer(report)

    @extend_schema(
        request=api_serializers.TiscCommentSerializer, responses={201: api_serializers.TiscReportEventSerializer}
    )
    @action(detail=True, methods=["post"])
    def comments(self, request, pk=None):
        report = self._report(pk)
        if not request_scope(request).can_comment(report):
            raise PermissionDenied
        serializer = api_serializers.TiscCommentSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        event = report_services.report_comment(report=report, user=request.user, body=serializer.validated_data["body"])
        return Response(api_serializers.TiscReportEventSerializer(event).data, status=status.HTTP_201_CREATED)
