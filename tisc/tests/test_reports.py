import csv
import io

import pytest
from django.core import mail

from tisc.models import Report, ReportSnapshot
from tisc.periods import Period
from tisc.services.records import records_import
from tisc.services.reports import report_open
from tisc.tests.conftest import DAY
from tisc.tests.factories import request_row

pytestmark = pytest.mark.django_db


@pytest.fixture
def report(records, project_a, inst_a1):
    return report_open(network=inst_a1.network, institution=inst_a1, period=Period(2026, 1))


def login(client, cast, who):
    client.force_login(cast[who])
    return client


def test_the_report_goes_from_tisc_to_coordinator_and_back_with_frozen_copies(
    client, cast, report, inst_a1, after_commit
):
    staff = login(client, cast, "staff_a1")
    with after_commit():
        response = staff.post(report.get_absolute_url(), {"action": "submit", "narrative": "A good quarter."})
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == Report.Status.SUBMITTED
    first = ReportSnapshot.objects.get(report=report)
    assert first.figures["totals"]["requests"] == 3 and first.narrative == "A good quarter."
    assert [m.to for m in mail.outbox] == [["coord-a@example.org"]]

    # Entries made after submission leave the frozen copy as it was.
    with after_commit():
        records_import(institution=inst_a1, kind="requests", rows=[request_row(DAY)] * 4, recorded_by=None)
    page = staff.get(report.get_absolute_url())
    assert page.context["copy"] == first and page.context["totals"][0][1] == 3
    assert staff.post(report.get_absolute_url(), {"action": "save", "narrative": "Edited"}).status_code == 400

    coordinator = login(client, cast, "coordinator_a")
    no_comment = coordinator.post(report.get_absolute_url(), {"action": "return", "comment": " "})
    assert no_comment.status_code == 400
    mail.outbox.clear()
    with after_commit():
        coordinator.post(report.get_absolute_url(), {"action": "return", "comment": "Say what the searches led to."})
    report.refresh_from_db()
    assert (report.status, report.return_count) == (Report.Status.RETURNED, 1)
    assert mail.outbox[0].to == ["staff-a1@example.org"] and "Say what the searches led to." in mail.outbox[0].body

    staff = login(client, cast, "staff_a1")
    live = staff.get(report.get_absolute_url())
    assert live.context["copy"] is None and live.context["totals"][0][1] == 7  # open again: live figures
    staff.post(report.get_absolute_url(), {"action": "submit", "narrative": "Two firms filed applications."})
    login(client, cast, "coordinator_a").post(report.get_absolute_url(), {"action": "accept", "comment": ""})
    report.refresh_from_db()
    assert report.status == Report.Status.ACCEPTED
    versions = {s.version: s.figures["totals"]["requests"] for s in report.snapshots.all()}
    assert versions == {1: 3, 2: 7}
    old = client.get(report.get_absolute_url() + "?version=1")
    assert old.context["copy"].version == 1 and old.context["narrative"] == "A good quarter."
    actions = list(report.events.values_list("action", flat=True))
    assert actions == ["submit", "return", "submit", "accept"]


def test_a_decided_report_cannot_be_decided_again(client, cast, report):
    login(client, cast, "staff_a1").post(report.get_absolute_url(), {"action": "submit", "narrative": ""})
    coordinator = login(client, cast, "coordinator_a")
    assert coordinator.post(report.get_absolute_url(), {"action": "accept"}).status_code == 302
    again = coordinator.post(report.get_absolute_url(), {"action": "return", "comment": "x"})
    assert again.status_code == 400
    api = client.post(f"/api/v1/tisc/reports/{report.pk}/accept/", {}, content_type="application/json")
    assert api.status_code == 400 and api.json()["code"] == "invalid"
    assert client.post(report.get_absolute_url(), {"action": "dance"}).status_code == 400


def test_the_network_report_sums_its_institutions_and_goes_to_programme_staff(
    client, cast, records, project_a, network_a
):
    coordinator = login(client, cast, "coordinator_a")
    response = coordinator.post("/tisc/workspace/reports/", {"subject": f"n{network_a.pk}", "year": 2026, "quarter": 1})
    report = Report.objects.get(network=network_a, institution=None)
    assert response.status_code == 302 and response["Location"] == report.get_absolute_url()
    coordinator.post(report.get_absolute_url(), {"action": "submit", "narrative": "Network summary."})
    figures = report.snapshots.get().figures
    assert figures["totals"]["requests"] == 5
    assert {row["name"]: row["requests"] for row in figures["institutions"]} == {
        "A One University": 3,
        "A Two Library": 2,
    }
    indicators = {row["name"]: row for row in figures["indicators"]}
    assert indicators["Requests"]["target"] == 100 and indicators["Requests"]["year_to_date"] == 5
    assert indicators["Women trained"]["actual"] == 6
    assert indicators["SME searches"]["actual"] == 3
    reviewer = login(client, cast, "programme")
    assert reviewer.post(report.get_absolute_url(), {"action": "accept"}).status_code == 302


def test_the_csv_export_has_the_tables_and_escapes_formulas(client, cast, report):
    staff = login(client, cast, "staff_a1")
    staff.post(report.get_absolute_url(), {"action": "submit", "narrative": '=HYPERLINK("http://evil")'})
    Report.objects.filter(pk=report.pk).update()
    network = report.network
    network.name = "=cmd|' /C calc'!A0"
    network.save()
    response = staff.get(f"/tisc/workspace/reports/{report.pk}/report.csv")
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('-v1.csv"')
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert ["Service requests handled", "3"] in rows
    assert ["Requests by service"] in rows
    assert all(not cell.startswith(("=", "+", "@")) for row in rows for cell in row)


def test_the_print_page_has_the_figures_without_the_site_chrome(client, cast, report):
    html = login(client, cast, "staff_a1").get(f"/tisc/workspace/reports/{report.pk}/print/").content.decode()
    assert "Services per month" in html and "<canvas" not in html and "Print" in html


def test_narratives_are_sanitised(client, cast, report):
    staff = login(client, cast, "staff_a1")
    staff.post(report.get_absolute_url(), {"action": "save", "narrative": "**Bold** <script>alert(1)</script>"})
    html = staff.get(report.get_absolute_url()).content.decode()
    assert "<strong>Bold</strong>" in html and "<script>alert(1)" not in html


def test_the_reports_page_lists_in_constant_queries(client, cast, records, inst_a1, inst_a2):
    from inspire.testing import assert_constant_queries

    years = iter(range(2010, 2026))

    def add_rows():
        year = next(years)
        for institution in (inst_a1, inst_a2):
            report_open(network=institution.network, institution=institution, period=Period(year, 1))

    assert_constant_queries(login(client, cast, "coordinator_a"), "/tisc/workspace/reports/", add_rows)
    assert_constant_queries(client, "/api/v1/tisc/reports/", add_rows)


def test_api_opens_writes_and_submits_a_report(api_client, cast, records, inst_a1):
    api_client.force_authenticate(cast["staff_a1"])
    opened = api_client.post(
        "/api/v1/tisc/reports/", {"network": "network-a", "institution": "a-one", "year": 2026, "quarter": 1}
    )
    assert opened.status_code == 201
    pk = opened.json()["id"]
    assert api_client.post(f"/api/v1/tisc/reports/{pk}/narrative/", {"narrative": "Hello"}).status_code == 200
    assert api_client.post(f"/api/v1/tisc/reports/{pk}/submit/").json()["status"] == "submitted"
    detail = api_client.get(f"/api/v1/tisc/reports/{pk}/").json()
    assert detail["figures_version"] == 1 and detail["figures"]["totals"]["requests"] == 3
    assert (
        api_client.post("/api/v1/tisc/reports/", {"network": "network-a", "year": 2026, "quarter": 1}).status_code
        == 403
    )
    bad = api_client.post("/api/v1/tisc/reports/", {"network": "network-a", "year": 2026, "quarter": 9})
    assert bad.status_code == 400 and "quarter" in bad.json()["errors"]
