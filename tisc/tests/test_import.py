import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tisc import imports
from tisc.models import MonthlyRollup, ServiceRequest, TrainingEvent

pytestmark = pytest.mark.django_db

URL = "/tisc/workspace/institutions/a-one/upload/"
HEADER = "date,service,requester,gender,outcome,hours,note\n"


def upload(client, content: str | bytes, kind: str = "requests"):
    data = content.encode() if isinstance(content, str) else content
    return client.post(URL, {"kind": kind, "file": SimpleUploadedFile("records.csv", data, content_type="text/csv")})


@pytest.fixture
def staff(client, cast):
    client.force_login(cast["staff_a1"])
    return client


def test_a_good_file_is_imported_whole_and_counted(staff, inst_a1, after_commit):
    rows = "".join(f"2026-01-{day:02d},patent_search,sme,woman,completed,2,\n" for day in range(1, 21))
    rows += "2026-02-03,Patent landscape,Individual inventor,,,,first cells as English labels\n"
    with after_commit():
        response = upload(staff, HEADER + rows)
    assert response.status_code == 302
    assert ServiceRequest.objects.filter(institution=inst_a1).count() == 21
    landscape = ServiceRequest.objects.get(kind="landscape")
    assert (landscape.requester_category, landscape.outcome, str(landscape.hours)) == ("inventor", "completed", "1.00")
    assert dict(MonthlyRollup.objects.values_list("month__month", "requests")) == {1: 20, 2: 1}


def test_bad_rows_are_listed_by_line_and_nothing_is_imported(staff, inst_a1):
    content = (
        HEADER
        + "2026-01-05,patent_search,sme,woman,completed,2,\n"
        + "2026-13-40,patent_search,sme,woman,completed,2,\n"
        + "2026-01-06,teleportation,sme,woman,completed,2,\n"
        + "2026-01-07,patent_search,sme,woman,completed,-3,\n"
        + "2026-01-08,patent_search,sme,woman,completed,2,,extra\n"
    )
    response = upload(staff, content)
    assert response.status_code == 400
    errors = response.context["errors"]
    assert [error.split(":")[0] for error in errors] == ["Line 3", "Line 4", "Line 5", "Line 6"]
    assert "Date" in errors[0] and "Service" in errors[1] and "Hours" in errors[2]
    assert not ServiceRequest.objects.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "The submitted file is empty."),
        (HEADER, "no rows"),
        ("date,service,colour\n2026-01-01,patent_search,blue\n", "unknown columns: colour"),
        ("date,hours\n2026-01-01,2\n", "missing columns: service, requester"),
        ("date,service,requester\n2026-01-01,patent_search,sme\n".encode("utf-16"), "not UTF-8"),
    ],
)
def test_malformed_files_explain_themselves(staff, content, message):
    response = upload(staff, content)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_training_files_check_participants(staff, inst_a1):
    content = (
        "date,title,format,women,men,other,hours\n2026-03-01,Searching,online,5,4,0,2\n2026-03-02,Empty,online,0,0,0,\n"
    )
    response = upload(staff, content, kind="trainings")
    assert response.status_code == 400
    assert response.context["errors"][0].startswith("Line 3:")
    assert not TrainingEvent.objects.exists()


def test_too_many_rows_are_refused(staff, monkeypatch):
    monkeypatch.setattr(imports, "MAX_ROWS", 3)
    rows = "".join("2026-01-05,patent_search,sme,woman,completed,2,\n" for _ in range(4))
    response = upload(staff, HEADER + rows)
    assert response.status_code == 400
    assert "more than 3 rows" in response.context["errors"][-1]
    assert not ServiceRequest.objects.exists()


def test_templates_download_with_their_header(staff):
    response = staff.get("/tisc/workspace/upload-template/requests.csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == list(imports.COLUMNS["requests"])
    assert imports.parse_upload("requests", response.content).errors == []


def test_the_csv_cell_escaper_neutralises_formulas():
    from tisc.csvsafe import safe_row

    assert safe_row(["=1+1", "+x", "-x", "@SUM(A1)", "\tx", "\rx", "plain", -3, 2.5]) == [
        "'=1+1",
        "'+x",
        "'-x",
        "'@SUM(A1)",
        "'\tx",
        "'\rx",
        "plain",
        -3,
        2.5,
    ]
