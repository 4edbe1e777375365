from drf_spectacular.utils import extend_schema
from rest_framework import generics

from inspire.search import selectors
from inspire.search.api.serializers import SearchParamsSerializer, SearchResultSerializer
from inspire.search.text import query_terms


@extend_schema(parameters=[SearchParamsSerializer], summary="Search everything in the hub")
class SearchView(generics.ListAPIView):
    """Databases, jurisdictions, reports, policies and community posts matching the query, best first.
    Members-only community content is included only for members."""

    serializer_class = SearchResultSerializer
    filter_backends: list = []

    def get_queryset(self):
        params = SearchParamsSerializer(data=self.request.query_params)
        params.is_valid(raise_exception=True)
        self.params = params.validated_data
        return selectors.documents_matching(
            query=self.params["q"], user=self.request.user, kind=self.params.get("kind") or None
        )

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["terms"] = query_terms(getattr(self, "params", {}).get("q", ""))
        return context
