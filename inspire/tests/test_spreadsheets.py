"""Formula injection: every CSV and admin export neutralises cells a spreadsheet would run."""

import csv
import io

import pytest
from django.contrib import admin
from import_export.admin import ExportMixin

from analytics.tests.factories import ReportFactory
from inspire.spreadsheets import CSVWriter, EscapedExport, cell_escape

pytestmark = pytest.mark.django_db

# Data formats for programs, not spreadsheets: values stay exactly as they are.
DATA_FORMATS = {"JSON", "YAML"}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://evil.example")', '\'=HYPERLINK("http://evil.example")'),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("@SUM(1+1)", "'@SUM(1+1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("Patent landscape = useful", "Patent landscape = useful"),
        ("-3.5", "-3.5"),
        ("+50.0%", "+50.0%"),
        ("-1,200", "-1,200"),
        (-7, -7),
        (None, None),
    ],
)
def test_cells_a_spreadsheet_would_run_get_a_leading_quote(value, expected):
    assert cell_escape(value) == expected


def test_csv_writer_escapes_every_cell():
    stream = io.StringIO()
    CSVWriter(stream).writerows([["=1+1", "fine"], ["@x", 3]])
    assert list(csv.reader(io.StringIO(stream.getvalue()))) == [["'=1+1", "fine"], ["'@x", "3"]]


def test_admin_csv_export_neutralises_a_formula_in_a_title(client, staff_user):
    ReportFactory(title='=HYPERLINK("http://evil.example","Open")', summary="@SUM(A1:A9)")
    client.force_login(staff_user)
    form = client.get("/admin/analytics/report/export/").context["form"]
    formats = dict(form.fields["format"].choices)
    data = {"format": next(key for key, label in formats.items() if label == "csv"), "resource": 0}
    data.update({name: "on" for name, field in form.fields.items() if field.widget.input_type == "checkbox"})

    response = client.post("/admin/analytics/report/export/", data)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    cells = [cell for row in csv.reader(io.StringIO(response.content.decode())) for cell in row]
    assert '\'=HYPERLINK("http://evil.example","Open")' in cells
    assert "'@SUM(A1:A9)" in cells
    assert not any(cell.startswith(("=", "@")) for cell in cells)


def test_every_admin_export_format_escapes_or_is_a_data_format(rf, staff_user):
    exporting = [model_admin for model_admin in admin.site._registry.values() if isinstance(model_admin, ExportMixin)]
    assert exporting
    for model_admin in exporting:
        for format_class in model_admin.get_export_formats():
            assert issubclass(format_class, EscapedExport) or format_class.__name__ in DATA_FORMATS, (
                f"{type(model_admin).__name__} exports {format_class.__name__} without escaping formulas"
            )
