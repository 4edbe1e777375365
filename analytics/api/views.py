from django.db.models import Count, Q
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.response import Response

from analytics.api.serializers import (
    GuideSerializer,
    PublisherSerializer,
    ReportInputSerializer,
    ReportSerializer,
    TechnologyFieldSerializer,
)
from analytics.filters import GuideFilter, ReportFilter
from analytics.models import Report, TechnologyField
from analytics.selectors import CONTENT_VERSION_KEY, guides_for_list, publisher_list
from analytics.services import report_create, report_update
from inspire.accounts.models import is_curator
from inspire.api.pagination import ContentPageNumberPagination
from inspire.api.permissions import IsCuratorOrReadOnly

RELATION_INPUTS = ("fields", "languages")


class ReportViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    """Patent Landscape Reports and WIPO Technology Trends reports. Anyone reads; curators write.

    Filters: `q`, `series`, `publisher`, `field` (includes narrower fields), `language`, `region`,
    `year_min`, `year_max`; repeat a parameter to match any of several values. `sort` is `newest`,
    `downloads` or `title`. Downloads are counted only through each report's `download_url`.
    """

    lookup_field = "slug"
    permission_classes = [IsCuratorOrReadOnly]
    filter_backends = [DjangoFilterBackend]
    filterset_class = ReportFilter
    pagination_class = ContentPageNumberPagination
    content_version_key = CONTENT_VERSION_KEY

    def sees_drafts(self) -> bool:
        return is_curator(self.request.user)

    def get_queryset(self):
        queryset = Report.objects.with_card_relations().select_related("previous_edition")
        if self.sees_drafts():
            return queryset
        return queryset.published()

    def get_serializer_class(self):
        return ReportInputSerializer if self.action in {"create", "update", "partial_update"} else ReportSerializer

    @extend_schema(request=ReportInputSerializer, responses={201: ReportSerializer})
    def create(self, request, *args, **kwargs):
        serializer = ReportInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        report = report_create(**data)
        return Response(self._output(report), status=status.HTTP_201_CREATED)

    @extend_schema(request=ReportInputSerializer, responses=ReportSerializer)
    def update(self, request, *args, **kwargs):
        report = self.get_object()
        serializer = ReportInputSerializer(data=request.data, partial=kwargs.get("partial", False))
        serializer.is_valid(raise_exception=True)
        changes = dict(serializer.validated_data)
        relations = {name: changes.pop(name) for name in RELATION_INPUTS if name in changes}
        report = report_update(report=report, changes=changes, **relations)
        return Response(self._output(report))

    @extend_schema(request=ReportInputSerializer, responses=ReportSerializer)
    def partial_update(self, request, *args, **kwargs):
        return self.update(request, *args, partial=True, **kwargs)

    def _output(self, report: Report) -> dict:
        fresh = self.get_queryset().get(pk=report.pk)
        return ReportSerializer(fresh, context=self.get_serializer_context()).data


class PublisherViewSet(viewsets.ReadOnlyModelViewSet):
    """Organizations that publish the reports, with their number of published reports."""

    lookup_field = "slug"
    serializer_class = PublisherSerializer
    filter_backends = []
    queryset = publisher_list()


class TechnologyFieldViewSet(viewsets.ReadOnlyModelViewSet):
    """The technology field taxonomy: broad areas and the narrower fields inside them."""

    lookup_field = "slug"
    serializer_class = TechnologyFieldSerializer
    filter_backends = []
    queryset = (
        TechnologyField.objects.select_related("parent")
        .annotate(report_count=Count("reports", filter=Q(reports__is_published=True)))
        .order_by("name")
    )


class GuideViewSet(viewsets.ReadOnlyModelViewSet):
    """Methodology guides on patent landscape reports and patent analytics. Filters: `language`, `publisher`."""

    lookup_field = "slug"
    serializer_class = GuideSerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = GuideFilter
    queryset = guides_for_list()
