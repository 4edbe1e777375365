"""The report workflow: open, write, submit (frozen copy), return for changes or accept, comment.

Institutions' reports go to their coordinator; the network's report goes to programme staff.
Who may act is decided in tisc.access; here, only what the report's state allows.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from inspire.accounts.models import User
from inspire.tasks import email_send
from tisc.models import Institution, Membership, Network, Report, ReportEvent, ReportSnapshot
from tisc.periods import Period
from tisc.selectors.work import network_institutions, report_figures
from tisc.services.rollups import rollups_rebuild


@transaction.atomic
def report_open(*, network: Network, institution: Institution | None, period: Period) -> Report:
    """The report of this period, created as a draft the first time; opening it again changes nothing."""
    if institution is not None and institution.network_id != network.pk:
        raise ValidationError(_("The institution is not in this network."))
    report, _created = Report.objects.get_or_create(
        network=network,
        institution=institution,
        year=period.year,
        quarter=period.quarter,
        defaults={"due_on": period.due_on(network_level=institution is None)},
    )
    return report


def _locked(report: Report) -> Report:
    """The row locked for this transaction, so two clicks cannot submit or decide twice."""
    return Report.objects.select_for_update().get(pk=report.pk)


@transaction.atomic
def report_narrative_save(*, report: Report, narrative: str) -> Report:
    report = _locked(report)
    if not report.is_editable:
        raise ValidationError(_("A submitted report cannot be changed unless it is returned."))
    report.narrative = narrative.strip()
    report.full_clean()
    report.save(update_fields=["narrative", "updated_at"])
    return report


@transaction.atomic
def report_submit(*, report: Report, user: User) -> ReportSnapshot:
    """Freeze the figures and narrative as they are now, and send the report to its reviewers."""
    report = _locked(report)
    if not report.is_editable:
        raise ValidationError(_("This report is already submitted."))
    period = report.period
    institution_ids = (
        [report.institution_id]
        if report.institution_id
        else [i.pk for i in network_institutions(network=report.network)]
    )
    # Count from the records themselves, so the frozen copy never misses an entry made minutes ago.
    rollups_rebuild(institution_ids=institution_ids, start=period.start.replace(month=1), end=period.end)
    now = timezone.now()
    snapshot = ReportSnapshot.objects.create(
        report=report,
        version=report.snapshots.count() + 1,
        figures=report_figures(report=report),
        narrative=report.narrative,
        submitted_by=user,
        submitted_at=now,
    )
    report.status, report.submitted_at = Report.Status.SUBMITTED, now
    report.save(update_fields=["status", "submitted_at", "updated_at"])
    ReportEvent.objects.create(report=report, author=user, action=ReportEvent.Action.SUBMIT)
    tell(
        reviewers(report),
        _("Report to review: %(subject)s, %(period)s") % {"subject": report.subject, "period": period.label},
        _("%(name)s submitted the report. Review it, then accept it or return it for changes:\n\n%(url)s")
        % {"name": user.display_name, "url": settings.SITE_URL + report.get_absolute_url()},
    )
    return snapshot


def _decide(report: Report, *, status: str, action: str, user: User, comment: str) -> Report:
    report = _locked(report)
    if report.status != Report.Status.SUBMITTED:
        raise ValidationError(_("Only a submitted report can be returned or accepted."))
    report.status, report.decided_at = status, timezone.now()
    fields = ["status", "decided_at", "updated_at"]
    if status == Report.Status.RETURNED:
        report.return_count += 1
        fields.append("return_count")
    report.save(update_fields=fields)
    ReportEvent.objects.create(report=report, author=user, action=action, body=comment.strip())
    return report


@transaction.atomic
def report_return(*, report: Report, user: User, comment: str) -> Report:
    if not comment.strip():
        raise ValidationError({"comment": _("Say what should change, so the authors know what to do.")})
    report = _decide(
        report, status=Report.Status.RETURNED, action=ReportEvent.Action.RETURN, user=user, comment=comment
    )
    from tisc.tasks import report_returned_notify

    report_returned_notify.delay_on_commit(report_id=report.pk, round=report.return_count)
    return report


@transaction.atomic
def report_accept(*, report: Report, user: User, comment: str = "") -> Report:
    report = _decide(
        report, status=Report.Status.ACCEPTED, action=ReportEvent.Action.ACCEPT, user=user, comment=comment
    )
    tell(
        writers(report),
        _("Report accepted: %(subject)s, %(period)s") % {"subject": report.subject, "period": report.period.label},
        _("%(name)s accepted the report.\n\n%(url)s")
        % {"name": user.display_name, "url": settings.SITE_URL + report.get_absolute_url()},
    )
    return report


@transaction.atomic
def report_comment(*, report: Report, user: User, body: str) -> ReportEvent:
    event = ReportEvent(report=report, author=user, action=ReportEvent.Action.COMMENT, body=body.strip())
    if not event.body:
        raise ValidationError({"body": _("Write a comment first.")})
    event.full_clean()
    event.save()
    return event


def writers(report: Report) -> list[str]:
    """E-mail addresses of who writes the report: the institution's staff, or the coordinators."""
    if report.institution_id:
        rows = Membership.objects.filter(role=Membership.Role.STAFF, institution_id=report.institution_id)
    else:
        rows = Membership.objects.filter(role=Membership.Role.COORDINATOR, network_id=report.network_id)
    return _emails(rows)


def reviewers(report: Report) -> list[str]:
    if report.institution_id:
        rows = Membership.objects.filter(role=Membership.Role.COORDINATOR, network_id=report.network_id)
    else:
        rows = Membership.objects.filter(role=Membership.Role.PROGRAMME)
    return _emails(rows)


def _emails(memberships) -> list[str]:
    return sorted(
        set(memberships.filter(user__is_active=True).exclude(user__email="").values_list("user__email", flat=True))
    )


def tell(emails: list[str], subject: str, body: str) -> None:
    # One message each, so nobody sees the others' addresses.
    for email in emails:
        email_send.delay_on_commit(subject=subject, body=body, to=[email])
