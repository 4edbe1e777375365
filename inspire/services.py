"""The write helpers every app's services share: set fields by name, validate the whole row, save."""

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from django.db import models

M = TypeVar("M", bound=models.Model)


def model_fields_set(*, instance: models.Model, data: Mapping[str, Any], editable: Iterable[str]) -> list[str]:
    """Set `data` on the row, each name one of `editable`; returns the names whose value changed.

    A name outside `editable` is a programming error (a caller passing what it should not write),
    so it raises ValueError rather than a validation error for the user.
    """
    unknown = set(data) - set(editable)
    if unknown:
        raise ValueError(f"not editable here: {', '.join(sorted(unknown))}")
    if instance._state.adding:
        changed = list(data)
    else:
        changed = [name for name, value in data.items() if getattr(instance, name) != value]
    for name in changed:
        setattr(instance, name, data[name])
    return changed


def model_update(*, instance: M, data: Mapping[str, Any], editable: Iterable[str]) -> tuple[M, list[str]]:
    """Set `data` (see model_fields_set), validate the whole row, and save it if it is new or changed.

    Returns the row and the names that changed. Validation runs before any write, so a bad value
    leaves the database as it was.
    """
    changed = model_fields_set(instance=instance, data=data, editable=editable)
    instance.full_clean()
    if changed or instance._state.adding:
        instance.save()
    return instance, changed


def model_upsert(
    model: type[M], *, lookup: Mapping[str, Any], data: Mapping[str, Any], editable: Iterable[str]
) -> tuple[M, list[str]]:
    """model_update on the row found by `lookup` (its natural key), or on a new one with that key."""
    instance = model._default_manager.filter(**lookup).first() or model(**lookup)
    return model_update(instance=instance, data=data, editable=editable)
