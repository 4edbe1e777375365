from rest_framework.response import Response

from inspire.api.pagination import PageNumberPagination


class SearchPagination(PageNumberPagination):
    """Pages of ranked search results, saying whether more documents matched than were ranked."""

    def get_paginated_response(self, data, *, more: bool, matched: str = "all") -> Response:
        response = super().get_paginated_response(data)
        response.data["more"] = more
        response.data["matched"] = matched
        return response

    def get_paginated_response_schema(self, schema: dict) -> dict:
        paginated = super().get_paginated_response_schema(schema)
        paginated["properties"]["more"] = {
            "type": "boolean",
            "description": "More documents match than were ranked; `count` is then a lower bound.",
        }
        paginated["properties"]["matched"] = {
            "type": "string",
            "enum": ["all", "any"],
            "description": (
                '"all": every result has every word of the query. "any": no document has them all, '
                "so the results are those with any of the words, most words first."
            ),
        }
        paginated["required"] += ["more", "matched"]
        return paginated
