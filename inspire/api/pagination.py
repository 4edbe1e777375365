import functools
from typing import cast

from django.core.paginator import Paginator
from django.utils.translation import gettext as _
from rest_framework import pagination
from rest_framework.exceptions import ValidationError

from inspire.filters import selection_key
from inspire.pagination import ContentCountPaginator


class PageNumberPagination(pagination.PageNumberPagination):
    page_size_query_param = "page_size"
    max_page_size = 100

    def get_page_size(self, request):
        # DRF quietly falls back to the default for a bad page_size; a client that asked for
        # something else should hear that it was refused, not get a page it did not ask for.
        raw = request.query_params.get(self.page_size_query_param)
        if raw is not None and not (raw.isdigit() and 1 <= int(raw) <= self.max_page_size):
            raise ValidationError(
                {
                    self.page_size_query_param: [
                        _("Give a whole number from 1 to %(max)d.") % {"max": self.max_page_size}
                    ]
                }
            )
        return super().get_page_size(request)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"].update({"minimum": 1, "maximum": self.max_page_size})
            if parameter["name"] == self.page_query_param:
                parameter["schema"]["minimum"] = 1
        return parameters


class ContentPageNumberPagination(PageNumberPagination):
    """For lists of curated content: the total is kept per content version (the view's
    `content_version_key`), query and whether the caller also sees drafts (the view's
    `sees_drafts()`), so a page of a 100,000-row list does not count the table every time."""

    def paginate_queryset(self, queryset, request, view=None):
        key = {"filters": selection_key(request.query_params), "drafts": view.sees_drafts()}
        # DRF builds the paginator as `django_paginator_class(queryset, page_size)`: a partial fills in the rest.
        paginator = functools.partial(ContentCountPaginator, version_key=view.content_version_key, key=key)
        self.django_paginator_class = cast(type[Paginator], paginator)
        return super().paginate_queryset(queryset, request, view)
