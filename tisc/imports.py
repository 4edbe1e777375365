"""CSV uploads of service requests and training events: every row is checked before any is written.

A row is validated by the same form as the daily page, so a CSV accepts exactly what the form
accepts. Choice cells may hold the code (`patent_search`) or the English label ("Patent search").
"""

import csv
import io
from dataclasses import dataclass, field
from typing import Any

from django import forms
from django.utils.translation import gettext as _

from tisc.forms.records import ServiceRequestForm, TrainingForm

MAX_ROWS = 5000
# Column in the file -> field of the form.
COLUMNS = {
    "requests": {
        "date": "received_on",
        "service": "kind",
        "requester": "requester_category",
        "gender": "requester_gender",
        "outcome": "outcome",
        "hours": "hours",
        "note": "note",
    },
    "trainings": {
        "date": "held_on",
        "title": "title",
        "format": "format",
        "women": "women",
        "men": "men",
        "other": "other",
        "hours": "hours",
    },
}
REQUIRED = {"requests": ("date", "service", "requester"), "trainings": ("date", "title")}
FORMS: dict[str, type[forms.ModelForm]] = {"requests": ServiceRequestForm, "trainings": TrainingForm}
EXAMPLES = {
    "requests": [["2026-03-02", "patent_search", "sme", "woman", "completed", "1.5", ""]],
    "trainings": [["2026-03-10", "Patent searching for beginners", "in_person", "12", "9", "0", "3"]],
}


@dataclass
class ParsedUpload:
    rows: list[dict[str, Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _choice_maps(form_class: type[forms.ModelForm]) -> dict[str, dict[str, str]]:
    """Per choice field: lower-cased code or English label -> code."""
    maps = {}
    for name, form_field in form_class.base_fields.items():
        if isinstance(form_field, forms.TypedChoiceField | forms.ChoiceField) and form_field.choices:
            lookup = {}
            for code, label in form_field.choices:
                if code:
                    lookup[str(code).lower()] = code
                    lookup[str(label).lower()] = code
            maps[name] = lookup
    return maps


def template_rows(kind: str) -> list[list[str]]:
    return [list(COLUMNS[kind]), *EXAMPLES[kind]]


def parse_upload(kind: str, content: bytes) -> ParsedUpload:
    """The cleaned rows, or every problem as "Line N: column: message"; rows are returned only if none."""
    result = ParsedUpload()
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        result.errors.append(_("The file is not UTF-8 text. In a spreadsheet, save it as “CSV UTF-8”."))
        return result
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = COLUMNS[kind]
    header = [name.strip().lower() for name in (reader.fieldnames or [])]
    reader.fieldnames = header
    if not header:
        result.errors.append(_("The file is empty."))
        return result
    unknown = [name for name in header if name not in columns]
    missing = [name for name in REQUIRED[kind] if name not in header]
    if unknown:
        result.errors.append(_("Line 1: unknown columns: %(names)s.") % {"names": ", ".join(unknown)})
    if missing:
        result.errors.append(_("Line 1: missing columns: %(names)s.") % {"names": ", ".join(missing)})
    if unknown or missing:
        return result
    form_class = FORMS[kind]
    choices = _choice_maps(form_class)
    labels = {column: str(form_class.base_fields[name].label) for column, name in columns.items()}
    seen = 0
    for record in reader:
        line = reader.line_num
        seen += 1
        if seen > MAX_ROWS:
            result.errors.append(
                _("Line %(line)s: more than %(max)s rows; split the file.") % {"line": line, "max": MAX_ROWS}
            )
            break
        if None in record:
            result.errors.append(_("Line %(line)s: more cells than columns.") % {"line": line})
            continue
        if not any((value or "").strip() for value in record.values()):
            continue
        data = {}
        for column, value in record.items():
            name, value = columns[column], (value or "").strip()
            if value and name in choices:
                value = choices[name].get(value.lower(), value)
            if value:
                data[name] = value
        form = form_class(data=_with_defaults(form_class, data))
        if form.is_valid():
            result.rows.append({name: form.cleaned_data[name] for name in form.Meta.fields})
            continue
        by_field = {name: column for column, name in columns.items()}
        for name, messages in form.errors.items():
            where = labels[by_field[name]] if name in by_field else _("row")
            for message in messages:
                result.errors.append(
                    _("Line %(line)s: %(column)s: %(message)s") % {"line": line, "column": where, "message": message}
                )
    if not result.rows and not result.errors:
        result.errors.append(_("The file has a header but no rows."))
    if result.errors:
        result.rows = []
    return result


def _with_defaults(form_class: type[forms.ModelForm], data: dict[str, str]) -> dict[str, str]:
    """Cells left empty take the model's default, as on the daily form."""
    model = form_class.Meta.model
    filled = dict(data)
    for name in form_class.Meta.fields:
        if name not in filled:
            default = model._meta.get_field(name).get_default()
            if default not in (None, ""):
                filled[name] = str(default)
    return filled
