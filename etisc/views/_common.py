"""What every eTISC page shares: page sizes, the rate-limit page, form errors."""

from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import render

TOPICS_PER_PAGE = 30
POSTS_PER_PAGE = 20


def too_many(request) -> HttpResponse:
    return render(request, "429.html", status=429)


def form_errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)
