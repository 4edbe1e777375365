import datetime

import pytest
from django.core import mail

from tisc import tasks
from tisc.models import MonthlyRollup, ReminderSent, Report
from tisc.periods import Period
from tisc.services.reports import report_open, report_return, report_submit
from tisc.services.rollups import rollups_monthly, rollups_rebuild

pytestmark = pytest.mark.django_db


def test_reminders_open_expected_reports_and_go_out_once(cast, project_a, inst_a1, inst_a2, after_commit):
    # Quarter 1 reports of host institutions are due on 15 April; six days before, the week's reminder goes out.
    from tisc.services.reminders import reminders_send

    with after_commit():
        assert reminders_send(today=datetime.date(2026, 4, 9)) == 2
    reports = Report.objects.filter(network=inst_a1.network, year=2026, quarter=1)
    assert {r.institution_id for r in reports} == {inst_a1.pk, inst_a2.pk}
    assert sorted(m.to[0] for m in mail.outbox) == ["staff-a1@example.org", "staff-a2@example.org"]
    with after_commit():
        assert reminders_send(today=datetime.date(2026, 4, 10)) == 0  # same window: already reminded
        assert reminders_send(today=datetime.date(2026, 4, 14)) == 2  # the day before
        assert reminders_send(today=datetime.date(2026, 4, 14)) == 0
    assert ReminderSent.objects.count() == 4 and len(mail.outbox) == 4


def test_submitted_reports_get_no_due_reminder(cast, project_a, inst_a1, inst_a2, after_commit):
    from tisc.services.reminders import reminders_send

    report = report_open(network=inst_a1.network, institution=inst_a1, period=Period(2026, 1))
    report_submit(report=report, user=cast["staff_a1"])
    mail.outbox.clear()
    with after_commit():
        reminders_send(today=datetime.date(2026, 4, 14))
    assert [m.to for m in mail.outbox] == [["staff-a2@example.org"]]


def test_a_returned_report_is_announced_once_per_return(cast, project_a, inst_a1, after_commit):
    report = report_open(network=inst_a1.network, institution=inst_a1, period=Period(2026, 1))
    report_submit(report=report, user=cast["staff_a1"])
    mail.outbox.clear()
    with after_commit():
        report_return(report=report, user=cast["coordinator_a"], comment="More detail, please.")
    assert len(mail.outbox) == 1 and "More detail, please." in mail.outbox[0].body
    assert tasks.report_returned_notify(report_id=report.pk, round=1) == 0  # a retry sends nothing
    assert len(mail.outbox) == 1


def test_monthly_rollups_equal_a_fresh_recount_and_are_idempotent(records, inst_a1):
    before = list(MonthlyRollup.objects.order_by("institution", "month").values())
    assert rollups_monthly(today=datetime.date(2026, 3, 1)) == 3  # January and February, for all institutions
    assert rollups_monthly(today=datetime.date(2026, 3, 1)) == 3
    after = list(MonthlyRollup.objects.order_by("institution", "month").values())
    strip = [{k: v for k, v in row.items() if k not in ("id", "updated_at")} for row in before]
    assert strip == [{k: v for k, v in row.items() if k not in ("id", "updated_at")} for row in after]
    row = MonthlyRollup.objects.get(institution=inst_a1)
    assert (row.requests, row.searches, row.trainings, row.women, row.men) == (3, 2, 1, 6, 4)
    assert row.request_cells == {
        "patent_search|sme|woman": [1, "2.00"],
        "patent_search|student|woman": [1, "2.00"],
        "general|sme|woman": [1, "2.00"],
    }


def test_the_rollup_task_recounts_only_the_months_it_is_given(records, inst_a1):
    MonthlyRollup.objects.all().update(requests=99)
    assert tasks.rollups_refresh(institution_id=inst_a1.pk, months=["2026-02-01"]) == 1
    assert MonthlyRollup.objects.get(institution=inst_a1).requests == 3
    assert (
        rollups_rebuild(institution_ids=[inst_a1.pk], start=datetime.date(2025, 1, 1), end=datetime.date(2025, 2, 1))
        == 0
    )


@pytest.mark.usefixtures("celery_worker")
def test_the_rollup_task_runs_on_a_real_worker(transactional_db, inst_a1):
    from tisc.services.records import service_request_create

    service_request_create(
        institution=inst_a1,
        recorded_by=None,
        received_on=datetime.date(2026, 2, 1),
        kind="landscape",
        requester_category="sme",
    )
    result = tasks.rollups_refresh.apply_async(
        kwargs={"institution_id": inst_a1.pk, "months": ["2026-02-01"]}, ignore_result=False
    )
    assert result.get(timeout=30) == 1
    assert MonthlyRollup.objects.get(institution=inst_a1).searches == 1
