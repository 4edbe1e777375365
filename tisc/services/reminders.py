"""Reminders: a week and a day before a report is due, and when a report is returned. Each is sent
once: a row in ReminderSent is written in the same transaction as the e-mail is queued."""

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from tisc.models import Network, ReminderSent, Report, ReportEvent
from tisc.periods import Period
from tisc.services.reports import report_open, tell, writers

# Kind -> (the most days left when it is sent, the fewest): a day missed by the scheduler is caught up.
DUE_WINDOWS = {ReminderSent.Kind.DUE_SOON: (7, 2), ReminderSent.Kind.DUE_TOMORROW: (1, 0)}


def periods_coming_due(today: datetime.date) -> list[tuple[Period, bool]]:
    """(period, network level) pairs whose reports fall due in the coming week."""
    latest = max(days for days, _fewest in DUE_WINDOWS.values())
    quarter = Period.quarter_of(today).previous()
    found = []
    for period in (quarter, Period(today.year - 1)):
        for network_level in (False, True):
            if 0 <= (period.due_on(network_level=network_level) - today).days <= latest:
                found.append((period, network_level))
    return found


def _open_expected(today: datetime.date) -> None:
    """Networks with a project in the period's year must report; open their drafts so nobody is forgotten."""
    for period, network_level in periods_coming_due(today):
        networks = Network.objects.filter(
            projects__start_year__lte=period.year, projects__end_year__gte=period.year
        ).distinct()
        for network in networks:
            if network_level:
                report_open(network=network, institution=None, period=period)
                continue
            for institution in network.institutions.filter(is_published=True):
                report_open(network=network, institution=institution, period=period)


def _send_once(report: Report, kind: str, round: int, subject: str, body: str) -> int:
    recipients = writers(report)
    try:
        with transaction.atomic():
            ReminderSent.objects.create(report=report, kind=kind, round=round, recipients=len(recipients))
            tell(recipients, subject, body)
    except IntegrityError:
        return 0  # sent before
    return 1


def reminders_send(*, today: datetime.date) -> int:
    """Remind the writers of every open report coming due; returns the reminders sent now."""
    _open_expected(today)
    sent = 0
    open_reports = Report.objects.filter(
        status__in=[Report.Status.DRAFT, Report.Status.RETURNED],
        due_on__gte=today,
        due_on__lte=today + datetime.timedelta(days=7),
    ).select_related("network", "institution")
    for report in open_reports:
        days_left = (report.due_on - today).days
        for kind, (most, fewest) in DUE_WINDOWS.items():
            if fewest <= days_left <= most:
                subject = _("Report due on %(date)s: %(subject)s, %(period)s") % {
                    "date": report.due_on.isoformat(),
                    "subject": report.subject,
                    "period": report.period.label,
                }
                body = ngettext(
                    "The report is due in %(days)s day. Write and submit it here:\n\n%(url)s",
                    "The report is due in %(days)s days. Write and submit it here:\n\n%(url)s",
                    days_left,
                ) % {
                    "days": days_left,
                    "url": settings.SITE_URL + report.get_absolute_url(),
                }
                sent += _send_once(report, kind, 0, subject, body)
    return sent


def report_returned_notify(*, report_id: int, round: int) -> int:
    """Tell the writers that their report came back, with the reviewer's comment; once per return."""
    report = Report.objects.select_related("network", "institution").filter(pk=report_id).first()
    if report is None or report.return_count < round:
        return 0
    comment = (
        report.events.filter(action=ReportEvent.Action.RETURN)
        .order_by("-created_at")
        .values_list("body", flat=True)
        .first()
    )
    subject = _("Report returned for changes: %(subject)s, %(period)s") % {
        "subject": report.subject,
        "period": report.period.label,
    }
    body = _("The reviewer asks for changes:\n\n%(comment)s\n\nEdit and submit the report again:\n\n%(url)s") % {
        "comment": comment or "",
        "url": settings.SITE_URL + report.get_absolute_url(),
    }
    return _send_once(report, ReminderSent.Kind.RETURNED, round, subject, body)
