"""Cells for files people open in a spreadsheet: CSV and the admin's import-export formats.

A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return before one) as a
formula, so a visitor's Referer or a contributor's title could run commands on a curator's machine.
Following OWASP, such text cells get a leading single quote, which makes the spreadsheet show them as
text. Plain numbers are left alone ("-3.5", "+50.0%", "-1,200"): a number cannot hold a formula, and
it must stay a number, for the reader and for a re-import.
"""

import csv
import re
from collections.abc import Iterable
from typing import Any

import tablib
from import_export.formats import base_formats

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"^[+-]?(\d[\d,]*\.?\d*|\.\d+)([eE][+-]?\d+)?%?$")


def cell_escape(value: Any) -> Any:
    """The value, with a leading quote when it is text a spreadsheet would take for a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_START) and not PLAIN_NUMBER.match(value):
        return f"'{value}"
    return value


def row_escape(row: Iterable[Any]) -> list[Any]:
    return [cell_escape(value) for value in row]


class CSVWriter:
    """csv.writer for every CSV the site writes: each cell goes through cell_escape."""

    def __init__(self, stream, **kwargs):
        self._writer = csv.writer(stream, **kwargs)

    def writerow(self, row: Iterable[Any]):
        return self._writer.writerow(row_escape(row))

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


class EscapedExport:
    """Mixin for import-export formats: exported cells go through cell_escape; imports are untouched."""

    def export_data(self, dataset, **kwargs):
        escaped = tablib.Dataset(*(row_escape(row) for row in dataset), headers=dataset.headers, title=dataset.title)
        return super().export_data(escaped, **kwargs)


class CSV(EscapedExport, base_formats.CSV):
    pass


class XLS(EscapedExport, base_formats.XLS):
    pass


class XLSX(EscapedExport, base_formats.XLSX):
    pass


class TSV(EscapedExport, base_formats.TSV):
    pass


class ODS(EscapedExport, base_formats.ODS):
    pass


class HTML(EscapedExport, base_formats.HTML):
    pass


# The admin's import-export menus (IMPORT_EXPORT_FORMATS), in the library's default order: whatever a
# spreadsheet may open escapes its cells; JSON and YAML are data for programs and keep values as they are.
FORMATS = [
    format_class
    for format_class in (CSV, XLS, XLSX, TSV, ODS, base_formats.JSON, base_formats.YAML, HTML)
    if format_class.is_available()
]
