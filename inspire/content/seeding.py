"""Seed, never clobber: the one write path from content files (and content-file imports in the
admin) into the database.

For every field of an entry the seeder compares three values: what the file says now, what the
database holds, and what it last loaded into that field (kept in `LoadedEntry`). The file may
update a field only while the database still holds what was last loaded; otherwise a curator has
changed it, the curator's value stays, and the conflict is reported.
"""

import datetime
import decimal
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from django.apps import apps
from django.contrib.admin.utils import NestedObjects
from django.core.exceptions import ValidationError
from django.db import models

from inspire.content.errors import ContentError, ContentInvalid
from inspire.content.models import LoadedEntry

M = TypeVar("M", bound=models.Model)
BLANK = (None, "", [], {})


def plain(value: Any) -> Any:
    """A JSON value to compare and store: rows by primary key, dates as ISO text."""
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    return value


@dataclass
class LoadReport:
    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    conflicts: list[str] = field(default_factory=list)
    vanished: list[str] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [*self.conflicts, *self.vanished, *self.pruned]


class Seeder:
    """Writes entries for one `load_content` run (or one admin import) and reports what it did.

    `force` lets the files overwrite curators' edits. `as_curator` (admin imports) writes every field
    without recording it as loaded, so the imported values count as the curator's from then on.
    `adopt` treats fields that have no load record (written before records were kept, by a loader
    that always overwrote) as holding what was last loaded, so the files may update them once.
    `prune` deletes rows whose entries are gone from the files, where no curator has touched them.
    """

    def __init__(self, *, force: bool = False, as_curator: bool = False, adopt: bool = False, prune: bool = False):
        self.force = force
        self.as_curator = as_curator
        self.adopt = adopt
        self.prune = prune
        self.report = LoadReport()
        self._seen: dict[str, set[str]] = defaultdict(set)

    def seed(
        self,
        model: type[M],
        *,
        key: str,
        lookup: dict[str, Any],
        values: dict[str, Any],
        many: Mapping[str, Sequence[models.Model]] | None = None,
    ) -> M | None:
        """Create or update the row found by `lookup`. `many` holds many-to-many fields as lists.

        Returns None when a curator deleted the row since it was loaded: the deletion stands.
        """
        label = model._meta.label_lower
        self._seen[label].add(key)
        many = many or {}
        instance = model._default_manager.filter(**lookup).first()
        record = None if self.as_curator else LoadedEntry.objects.filter(key=key).first()
        wanted = {name: plain(value) for name, value in values.items()}
        wanted.update({name: sorted(plain(rows)) for name, rows in many.items()})
        if instance is None and record is not None and not self.force:
            self.report.conflicts.append(f"{key}: deleted by a curator; not re-created")
            return None
        if instance is None:
            instance = model(**lookup, **values)
            _validate(instance, key)
            instance.save()
            for name, rows in many.items():
                getattr(instance, name).set(rows)
            self.report.created[str(model._meta.verbose_name_plural)] += 1
            self._record(record, key, label, instance, wanted)
            return instance

        loaded = dict(record.values) if record else {}
        changed, changed_many = [], []
        for name, new in wanted.items():
            if name in many:
                current = sorted(getattr(instance, name).values_list("pk", flat=True))
            else:
                current = plain(getattr(instance, model._meta.get_field(name).attname))
            if self.adopt and name not in loaded:
                loaded[name] = current
            if current == new:
                loaded[name] = new
                continue
            untouched = name in loaded and loaded[name] == current
            never_loaded_and_blank = name not in loaded and current in BLANK
            if self.as_curator or self.force or untouched or never_loaded_and_blank:
                if name in many:
                    changed_many.append(name)
                else:
                    changed.append(name)
                    setattr(instance, name, values[name])
                loaded[name] = new
            else:
                self.report.conflicts.append(f"{key}.{name}: kept curator edit; file differs")
        if changed:
            _validate(instance, key)
            instance.save(update_fields=[model._meta.get_field(name).attname for name in changed])
        for name in changed_many:
            getattr(instance, name).set(many[name])
        if changed or changed_many:
            self.report.updated[str(model._meta.verbose_name_plural)] += 1
        self._record(record, key, label, instance, loaded)
        return instance

    def _record(self, record: LoadedEntry | None, key: str, label: str, instance: models.Model, values: dict) -> None:
        if self.as_curator:
            return
        if record is None:
            LoadedEntry.objects.create(key=key, model=label, object_id=str(instance.pk), values=values)
        elif record.values != values or record.object_id != str(instance.pk):
            record.values, record.object_id = values, str(instance.pk)
            record.save(update_fields=["values", "object_id", "loaded_at"])

    def report_vanished(self) -> None:
        """Entries loaded before but gone from the files stay in the database, and are said so, unless
        `prune` is on: then each goes too if it and everything its deletion would take with it are
        entries gone from the files that still hold what was loaded. A curator's row or edit is never
        deleted this way."""
        gone = [
            record
            for label, keys in self._seen.items()
            for record in LoadedEntry.objects.filter(model=label).exclude(key__in=keys)
        ]
        prunable = {(record.model, record.object_id) for record in gone} if self.prune else set()
        for record in gone:
            if not self.prune:
                self.report.vanished.append(f"{record.key}: no longer in the files; kept in the database")
            elif (reason := _kept_because(record)) is not None:
                prunable.discard((record.model, record.object_id))
                self.report.vanished.append(f"{record.key}: no longer in the files; kept: {reason}")
        for record in gone:
            if (record.model, record.object_id) not in prunable:
                continue
            # None: an earlier deletion in this loop took it along already.
            instance = _loaded_row(record)
            if instance is None or _deletion_takes(instance) <= prunable:
                if instance is not None:
                    instance.delete()
                record.delete()
                self.report.pruned.append(f"{record.key}: no longer in the files; deleted")
            else:
                reason = "rows added since depend on it"
                self.report.vanished.append(f"{record.key}: no longer in the files; kept: {reason}")


def _loaded_row(record: LoadedEntry) -> models.Model | None:
    model = apps.get_model(record.model)
    return model._default_manager.filter(pk=record.object_id).first()


def _kept_because(record: LoadedEntry) -> str | None:
    """Why a gone entry must stay (a curator changed it since it was loaded), or None."""
    instance = _loaded_row(record)
    if instance is None:
        return None
    for name, loaded in record.values.items():
        field_ = instance._meta.get_field(name)
        if field_.many_to_many:
            current = sorted(getattr(instance, name).values_list("pk", flat=True))
        else:
            current = plain(getattr(instance, field_.attname))
        if current != loaded:
            return f"a curator changed {name}"
    return None


def _deletion_takes(instance: models.Model) -> set[tuple[str, str]]:
    """Every row deleting `instance` would delete with it (itself included), as (label, pk); the
    link rows of many-to-many fields are left out: they are part of the rows they join."""
    collector = NestedObjects(using=instance._state.db)
    collector.collect([instance])
    rows: set[tuple[str, str]] = set()

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            elif not item._meta.auto_created:
                rows.add((item._meta.label_lower, str(item.pk)))

    walk(collector.nested())
    return rows


def _validate(instance: models.Model, key: str) -> None:
    """A row the database refuses (say, a name another row already has) is an error in the entry."""
    try:
        instance.full_clean()
    except ValidationError as error:
        messages = [f"{name}: {' '.join(texts)}" for name, texts in error.message_dict.items()]
        raise ContentInvalid([ContentError(Path(key), 1, message) for message in messages]) from None
