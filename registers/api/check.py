"""GET /api/v1/registers/check/?number=: the status checker's answer as JSON (the page is registers/check.py)."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from inspire.api.permissions import IsCuratorOrReadOnly
from registers import deeplinks, selectors
from registers.numbers import MAX_INPUT_LENGTH, TYPE_LABELS, NumberFormatError, formats_text, parse_number

LINK_KINDS = [
    deeplinks.REGISTER,
    deeplinks.FILE_INSPECTION,
    deeplinks.LEGAL_STATUS,
    deeplinks.PUBLICATIONS,
    deeplinks.SEARCH,
    deeplinks.JURISDICTION,
]


class PatentNumberField(serializers.Field):
    """A number as typed, read by registers.numbers, whose refusals name the accepted formats (a CharField
    would answer some hostile input, such as NUL, in words of its own)."""

    def to_internal_value(self, data):
        try:
            return parse_number(data)
        except NumberFormatError as error:
            raise ValidationError(error.message) from None

    def to_representation(self, value):
        return value.display


class NumberQuerySerializer(serializers.Serializer):
    number = PatentNumberField()


class LinkSerializer(serializers.Serializer):
    label = serializers.CharField()
    url = serializers.CharField(help_text="Absolute URL.")
    kind = serializers.ChoiceField(
        choices=LINK_KINDS,
        help_text="What is behind the link: `search` pages need the number typed in by hand; `jurisdiction` "
        "is this portal's page of a jurisdiction or regional system (it lists the member states).",
    )


class NextStepSerializer(serializers.Serializer):
    text = serializers.CharField()
    links = LinkSerializer(many=True)


class NumberCheckSerializer(serializers.Serializer):
    office = serializers.CharField(help_text="WIPO ST.3 code of the office; WO for international (PCT) applications.")
    type = serializers.ChoiceField(choices=list(TYPE_LABELS))
    number = serializers.CharField(help_text="The number in the office's own form, without office code or kind.")
    kind = serializers.CharField(help_text="WIPO ST.16 kind code as typed, e.g. B1; empty when none was typed.")
    display = serializers.CharField(help_text="The number as printed, e.g. EP 1234567 B1.")
    links = LinkSerializer(many=True, help_text="Registers and databases, deep links first, then search pages.")
    jurisdiction_url = serializers.CharField(allow_null=True, help_text="This portal's jurisdiction file, if any.")
    next_steps = NextStepSerializer(many=True)


def _absolute(request, link: deeplinks.Link) -> dict:
    return {"label": link.label, "url": request.build_absolute_uri(link.url), "kind": link.kind}


class NumberCheckView(APIView):
    """Read a patent number as typed and answer where to look it up and what to check next."""

    permission_classes = [IsCuratorOrReadOnly]

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "number",
                OpenApiTypes.STR,
                required=True,
                description=f"An application, publication or patent number as printed (at most {MAX_INPUT_LENGTH} "
                f"characters), e.g. {formats_text('EP')}; PCT/IB2020/051234.",
            )
        ],
        responses=NumberCheckSerializer,
    )
    def get(self, request):
        query = NumberQuerySerializer(data={"number": request.query_params.get("number", "")})
        query.is_valid(raise_exception=True)
        result = selectors.number_check(query.validated_data["number"])
        number = result.number
        body = {
            "office": number.office,
            "type": number.type,
            "number": number.number,
            "kind": number.kind,
            "display": number.display,
            "links": [_absolute(request, link) for link in result.links],
            "jurisdiction_url": (
                request.build_absolute_uri(result.jurisdiction.get_absolute_url()) if result.jurisdiction else None
            ),
            "next_steps": [
                {"text": step.text, "links": [_absolute(request, link) for link in step.links]}
                for step in result.next_steps
            ],
        }
        return Response(NumberCheckSerializer(body).data)
