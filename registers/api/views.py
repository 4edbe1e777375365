from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema
from rest_framework import viewsets
from rest_framework.response import Response
from rest_framework.views import APIView

from inspire.api.permissions import IsCuratorOrReadOnly
from registers import selectors
from registers.api.serializers import (
    JurisdictionDetailSerializer,
    JurisdictionSerializer,
    MapDataSerializer,
    ResourceSerializer,
)
from registers.filters import JurisdictionFilter, ResourceFilter
from registers.models import Resource


class JurisdictionViewSet(viewsets.ReadOnlyModelViewSet):
    """Jurisdictions with their register columns; filters are those of the table."""

    permission_classes = [IsCuratorOrReadOnly]
    filter_backends = [filters.DjangoFilterBackend]
    filterset_class = JurisdictionFilter
    lookup_field = "code"

    def get_queryset(self):
        if self.action == "retrieve":
            return (
                selectors.jurisdictions_with_relations()
                .select_related("file")
                .prefetch_related("sample_numbers", "notes", "members")
            )
        return selectors.jurisdictions_for_table().order_by("name")

    def get_serializer_class(self):
        return JurisdictionDetailSerializer if self.action == "retrieve" else JurisdictionSerializer

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        return None if page is None else selectors.with_table_data(page)

    def get_object(self):
        return selectors.with_table_data([super().get_object()])[0]


class ResourceViewSet(viewsets.ReadOnlyModelViewSet):
    """Registers, gazettes and other resources, with their last link check."""

    permission_classes = [IsCuratorOrReadOnly]
    filter_backends = [filters.DjangoFilterBackend]
    filterset_class = ResourceFilter
    serializer_class = ResourceSerializer
    queryset = Resource.objects.select_related("jurisdiction").order_by("jurisdiction__code", "kind", "pk")


class MapDataView(APIView):
    """Map data: for each jurisdiction code, its name, file URL and which map columns are true."""

    permission_classes = [IsCuratorOrReadOnly]

    @extend_schema(responses=MapDataSerializer)
    def get(self, request):
        return Response(selectors.map_states())
