from django.http import HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, permissions, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.response import Response

from inspire.api.exceptions import form_invalid
from inspire.api.parsers import DepthLimitedJSONParser
from inspire.api.permissions import IsCuratorOrReadOnly
from policies import document, selectors, services
from policies.api.serializers import (
    ChecklistTopicSerializer,
    DraftDocumentSerializer,
    InstitutionSerializer,
    NationalVersionSerializer,
    PolicyCompareSerializer,
    PolicyDraftSerializer,
    PolicySerializer,
    RegionalVersionSerializer,
)
from policies.document import DOWNLOAD_TYPES
from policies.filters import InstitutionFilter, PolicyFilter
from policies.forms import CompareForm


class InstitutionViewSet(viewsets.ReadOnlyModelViewSet):
    """Universities, research institutes, hospitals and other institutions with published policies."""

    permission_classes = [IsCuratorOrReadOnly]
    serializer_class = InstitutionSerializer
    filterset_class = InstitutionFilter
    lookup_field = "slug"
    queryset = selectors.institutions_for_list()


class PolicyViewSet(viewsets.ReadOnlyModelViewSet):
    """Published institutional policies; the filters are those of the database page."""

    permission_classes = [IsCuratorOrReadOnly]
    serializer_class = PolicySerializer
    filterset_class = PolicyFilter
    queryset = selectors.policies_for_list()

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "p",
                OpenApiTypes.STR,
                many=True,
                required=True,
                description="2 to 4 policies, repeated: an id or <institution-slug>/<key>.",
            )
        ],
        responses=PolicyCompareSerializer,
    )
    @action(detail=False, methods=["get"], filter_backends=[], pagination_class=None)
    def compare(self, request):
        """The rows of the compare page: institution, country, type, year, key terms and source."""
        form = CompareForm(request.query_params)
        if not form.is_valid():
            raise form_invalid(form)
        policies = form.cleaned_data["policies"]
        rows = selectors.compare_rows(policies)
        return Response(PolicyCompareSerializer({"policies": policies, "rows": rows}).data)


class NationalVersionViewSet(viewsets.ReadOnlyModelViewSet):
    """National versions of the IP policy template, by ISO country code."""

    permission_classes = [IsCuratorOrReadOnly]
    serializer_class = NationalVersionSerializer
    lookup_field = "country"
    queryset = selectors.national_versions()
    filter_backends = []


class RegionalVersionViewSet(viewsets.ReadOnlyModelViewSet):
    """Regional models of the IP policy template, each with its member countries, by slug."""

    permission_classes = [IsCuratorOrReadOnly]
    serializer_class = RegionalVersionSerializer
    lookup_field = "slug"
    queryset = selectors.regional_versions()
    filter_backends = []


class ChecklistViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    """The writer's checklist: topics in order, their questions and the template clause for each choice."""

    permission_classes = [IsCuratorOrReadOnly]
    serializer_class = ChecklistTopicSerializer
    pagination_class = None
    filter_backends = []

    def get_queryset(self):
        return selectors.checklist()


class PolicyDraftViewSet(viewsets.ModelViewSet):
    """Your Policy Writer drafts. Only their owner can see or change them; others get 404.

    `answers` maps checklist item keys to {"clause": <clause key>, "note": <your text>}; a PATCH merges
    the answers you send into the saved ones.
    """

    permission_classes = [permissions.IsAuthenticated]
    serializer_class = PolicyDraftSerializer
    filter_backends = []
    # Answers are nested objects, which form encodings cannot carry faithfully: JSON only (else 415).
    parser_classes = [DepthLimitedJSONParser]

    def get_queryset(self):
        return selectors.drafts_of(self.request.user)

    def perform_create(self, serializer):
        data = serializer.validated_data
        serializer.instance = services.draft_create(
            owner=self.request.user,
            title=data["title"],
            institution_name=data["institution_name"],
            office_name=data.get("office_name", ""),
            country=data.get("country", ""),
            answers=data.get("answers"),
        )

    def perform_update(self, serializer):
        data = serializer.validated_data
        serializer.instance = services.draft_update(
            draft=serializer.instance,
            title=data.get("title"),
            institution_name=data.get("institution_name"),
            office_name=data.get("office_name"),
            country=data.get("country"),
            answers=data.get("answers"),
        )

    def perform_destroy(self, instance):
        services.draft_delete(draft=instance)

    @extend_schema(
        responses={200: DraftDocumentSerializer, (200, "application/octet-stream"): OpenApiTypes.BINARY},
        parameters=[
            OpenApiParameter("download", str, enum=list(DOWNLOAD_TYPES), description="Return the file instead of JSON.")
        ],
    )
    @action(detail=True, methods=["get"])
    def document(self, request, pk=None):
        """The generated policy: Markdown and sanitized HTML, or a .docx/.md file with ?download=docx|md."""
        draft = self.get_object()
        built = document.for_draft(draft)
        extension = request.query_params.get("download")
        if extension:
            if extension not in DOWNLOAD_TYPES:
                raise NotFound(f"Unknown download format {extension!r}; use one of: {', '.join(DOWNLOAD_TYPES)}.")
            body = built.docx() if extension == "docx" else built.markdown().encode()
            response = HttpResponse(body, content_type=DOWNLOAD_TYPES[extension])
            response["Content-Disposition"] = f'attachment; filename="{built.filename(extension)}"'
            return response
        return Response(
            DraftDocumentSerializer(
                {
                    "title": built.title,
                    "markdown": built.markdown(),
                    "html": built.html(),
                    "unanswered": built.unanswered,
                }
            ).data
        )
