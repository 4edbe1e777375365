from drf_spectacular.utils import extend_schema
from rest_framework import generics

from inspire.search import selectors
from inspire.search.api.pagination import SearchPagination
from inspire.search.api.serializers import SearchParamsSerializer, SearchResultSerializer


@extend_schema(parameters=[SearchParamsSerializer], summary="Search everything in the hub")
class SearchView(generics.ListAPIView):
    """Databases, jurisdictions, reports, policies and community posts matching the query, best first.
    Members-only community content is included only for members. When a query matches too many
    documents to rank them all, `more` is true and `count` is a lower bound: add words to narrow it. When no
    document has every word, the results are those with any of them and `matched` is `"any"`.
    The request's `Accept-Language` (one of en, ar, zh-hans, fr, ru, es) chooses the reader's
    language: the query is also stemmed as that language, documents in it come first, and each `url`
    is the page in it."""

    serializer_class = SearchResultSerializer
    pagination_class = SearchPagination
    filter_backends: list = []

    def list(self, request, *args, **kwargs):
        params = SearchParamsSerializer(data=request.query_params)
        params.is_valid(raise_exception=True)
        query = params.validated_data["q"]
        results = selectors.search(query=query, user=request.user, kind=params.validated_data.get("kind") or None)
        page = self.paginate_queryset(results.hits)
        serializer = self.get_serializer(
            selectors.documents_for(page),
            many=True,
            context={"request": request, "terms": selectors.highlight_terms(query)},
        )
        return self.paginator.get_paginated_response(serializer.data, more=results.more, matched=results.matched)
