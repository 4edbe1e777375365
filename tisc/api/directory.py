"""The public directory through the API, with the same filters as the pages, and dashboards' figures."""

from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, mixins, serializers, viewsets
from rest_framework.decorators import action, api_view, permission_classes
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response

from tisc.access import request_scope
from tisc.api import serializers as api_serializers
from tisc.filters import InstitutionFilter, NetworkFilter
from tisc.models import Institution
from tisc.selectors import dashboards, directory

YEAR = OpenApiParameter("year", OpenApiTypes.INT, description="Calendar year (default: this year).")


def _year(request) -> int:
    raw = request.query_params.get("year")
    if raw in (None, ""):
        return timezone.localdate().year
    field = serializers.IntegerField(min_value=2009, max_value=2100)
    try:
        return field.run_validation(raw)
    except serializers.ValidationError as error:
        raise serializers.ValidationError({"year": error.detail}) from None


def _dashboard_response(board) -> Response:
    return Response(
        api_serializers.TiscDashboardSerializer(
            {"year": board.year, "figures": board.figures, "trend": board.trend}
        ).data
    )


class NetworkViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """National TISC networks. `size` colours the directory's map; demo networks have no country."""

    lookup_field = "slug"
    permission_classes = [AllowAny]
    filter_backends = [DjangoFilterBackend]
    filterset_class = NetworkFilter

    def get_queryset(self):
        return directory.network_queryset()

    def get_serializer_class(self):
        return (
            api_serializers.TiscNetworkDetailSerializer
            if self.action == "retrieve"
            else api_serializers.TiscNetworkSerializer
        )

    def get_serializer_context(self):
        context = super().get_serializer_context()
        if self.action == "retrieve":
            context["institutions"] = directory.network_institutions_public(network=self.get_object())
        return context

    @extend_schema(parameters=[YEAR], responses=api_serializers.TiscDashboardSerializer)
    @action(detail=True, methods=["get"], filter_backends=[])
    def dashboard(self, request, slug=None):
        """The network's dashboard figures: public when the network publishes them, else for its own people."""
        network = self.get_object()
        if not request_scope(request).can_view_network_dashboard(network):
            if not request.user.is_authenticated:
                raise exceptions.NotAuthenticated
            raise PermissionDenied
        return _dashboard_response(dashboards.network_dashboard(network=network, year=_year(request)))


class InstitutionViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Host institutions, filtered like the directory page (country, network, type, service, language, q)."""

    lookup_field = "slug"
    permission_classes = [AllowAny]
    filter_backends = [DjangoFilterBackend]
    filterset_class = InstitutionFilter
    serializer_class = api_serializers.TiscInstitutionSerializer

    def get_queryset(self):
        return directory.institution_queryset()

    @extend_schema(parameters=[YEAR], responses=api_serializers.TiscDashboardSerializer)
    @action(detail=True, methods=["get"], filter_backends=[], permission_classes=[IsAuthenticated])
    def dashboard(self, request, slug=None):
        """The institution's dashboard figures, for its staff, its coordinator and programme staff."""
        institution = Institution.objects.select_related("network").filter(slug=slug).first()
        if institution is None:
            raise exceptions.NotFound
        if not request_scope(request).can_view_institution(institution):
            raise PermissionDenied
        return _dashboard_response(dashboards.institution_dashboard(institution=institution, year=_year(request)))


@extend_schema(parameters=[YEAR], responses=api_serializers.TiscDashboardSerializer)
@api_view(["GET"])
@permission_classes([IsAuthenticated])
def programme_dashboard(request):
    """Figures across every network, with one row per network: programme staff and curators."""
    if not request_scope(request).sees_all:
        raise PermissionDenied
    return _dashboard_response(dashboards.programme_dashboard(year=_year(request)))
