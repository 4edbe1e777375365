from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from programmes import selectors
from programmes.api.serializers import (
    EligibilitySerializer,
    ProgrammeDetailSerializer,
    ProgrammeSerializer,
    StatisticSerializer,
)
from programmes.eligibility import eligibility_check
from programmes.forms import EligibilityForm
from programmes.models import InstitutionType


class ProgrammeViewSet(viewsets.ReadOnlyModelViewSet):
    """WIPO's access programmes (ASPI, ARDI). The detail adds providers, products, eligibility lists,
    yearly figures and every source."""

    lookup_field = "slug"
    filter_backends = []

    def get_queryset(self):
        if self.action == "retrieve":
            return selectors.programmes_with_everything()
        return selectors.programmes_all()

    def get_serializer_class(self):
        return ProgrammeDetailSerializer if self.action == "retrieve" else ProgrammeSerializer


class StatisticList(generics.ListAPIView):
    """Yearly programme figures as their sources state them (`qualifier` says "more than" where they do)."""

    serializer_class = StatisticSerializer
    filter_backends = []
    queryset = selectors.statistics_all()


class EligibilityView(APIView):
    """Which programmes apply to an institution, from the sourced country lists only.

    A country missing from a list read in full is `not_listed`; missing from a list read in part or
    not held, the verdict is `unknown` and the hub says which lists it could not read."""

    @extend_schema(
        parameters=[
            OpenApiParameter("country", OpenApiTypes.STR, required=True, description="ISO 3166-1 alpha-2, e.g. KE"),
            OpenApiParameter("type", OpenApiTypes.STR, required=True, enum=InstitutionType.values),
        ],
        responses=EligibilitySerializer,
    )
    def get(self, request):
        form = EligibilityForm(request.query_params)
        if not form.is_valid():
            raise ValidationError({name: [str(error) for error in errors] for name, errors in form.errors.items()})
        country, kind = form.cleaned_data["country"], form.cleaned_data["type"]
        answers = eligibility_check(country=country, institution_type=kind)
        data = {"country": country, "type": kind, "programmes": answers}
        return Response(EligibilitySerializer(data, context={"request": request}).data)
