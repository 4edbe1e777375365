"""One JSON error shape for every API error: {"status", "code", "detail", "errors"?}."""

from django import forms
from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import exceptions
from rest_framework.serializers import as_serializer_error
from rest_framework.views import exception_handler


def form_invalid(form: forms.Form) -> exceptions.ValidationError:
    """A query form's errors as the API's 400: each field with its messages."""
    return exceptions.ValidationError(
        {name: [str(message) for message in errors] for name, errors in form.errors.items()}
    )


def json_exception_handler(exc, context):
    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(as_serializer_error(exc))
    response = exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        body = {
            "status": response.status_code,
            "code": "invalid",
            "detail": "The request has invalid values.",
            "errors": response.data if isinstance(response.data, dict) else {"non_field_errors": response.data},
        }
    else:
        detail = response.data.get("detail", "") if isinstance(response.data, dict) else response.data
        body = {"status": response.status_code, "code": getattr(exc, "default_code", "error"), "detail": str(detail)}
        wait = getattr(exc, "wait", None) if isinstance(exc, exceptions.Throttled) else None
        if wait is not None:
            body["retry_after_seconds"] = int(wait)
    response.data = body
    return response
