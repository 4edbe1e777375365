"""Periodic reports: the list, the report page with its workflow, a print page and a CSV export."""

import csv

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from tisc.access import Scope
from tisc.csvsafe import safe_row
from tisc.forms.work import CommentForm, NarrativeForm, OpenReportForm, ReviewForm
from tisc.models import Network, Report
from tisc.periods import Period
from tisc.selectors import work as selectors
from tisc.selectors.tables import figure_tables, totals_list
from tisc.services import reports as services
from tisc.views.common import report_for, scope_of, workspace_trail


def _open_form(scope: Scope, data=None) -> OpenReportForm:
    institutions = selectors.recordable_institutions(scope=scope)
    networks = Network.objects.filter(pk__in=scope.coordinator_of) if not scope.is_curator else Network.objects.all()
    return OpenReportForm(data, institutions=institutions, networks=networks.order_by("name"))


@login_required
@require_http_methods(["GET", "POST"])
def reports(request):
    scope = scope_of(request)
    if not scope.has_workspace:
        raise PermissionDenied
    form = _open_form(scope, request.POST or None)
    if request.method == "POST" and form.is_valid():
        network, institution = form.subject_objects()
        period = Period(form.cleaned_data["year"], form.cleaned_data["quarter"])
        report = services.report_open(network=network, institution=institution, period=period)
        return redirect(report)
    status = request.GET.get("status")
    listed = selectors.reports(scope=scope)
    if status in Report.Status.values:
        listed = listed.filter(status=status)
    context = {
        "reports": listed[:200],
        "form": form,
        "status": status,
        "statuses": Report.Status.choices,
        "to_act": selectors.reports_to_act_on(scope=scope),
        "trail": workspace_trail(("", _("Reports"))),
    }
    return render(request, "tisc/reports.html", context, status=400 if form.is_bound else 200)


def _shown_copy(report: Report, version: str | None):
    """The frozen copy asked for, else the latest one unless the report is open for changes (None: live)."""
    copies = list(report.snapshots.all())
    if version:
        return next((copy for copy in copies if str(copy.version) == version), None)
    if report.is_editable:
        return None
    return copies[0] if copies else None


def _figures(report: Report, copy) -> dict:
    return copy.figures if copy else selectors.report_figures(report=report)


def _report_context(request, report: Report, **forms) -> dict:
    scope = scope_of(request)
    copy = _shown_copy(report, request.GET.get("version"))
    figures = _figures(report, copy)
    return {
        "report": report,
        "copy": copy,
        "copies": list(report.snapshots.all()),
        "narrative": copy.narrative if copy else report.narrative,
        "tables": figure_tables(figures),
        "totals": totals_list(figures),
        "events": list(report.events.all()),
        "can_write": scope.can_write_report(report) and report.is_editable,
        "can_review": scope.can_review_report(report) and report.status == Report.Status.SUBMITTED,
        "narrative_form": forms.get("narrative_form") or NarrativeForm(initial={"narrative": report.narrative}),
        "review_form": forms.get("review_form") or ReviewForm(),
        "comment_form": forms.get("comment_form") or CommentForm(),
        "trail": workspace_trail((reverse("tisc:reports"), _("Reports")), ("", str(report))),
    }


@login_required
@require_http_methods(["GET", "POST"])
def report(request, pk: int):
    item = report_for(request, pk)
    if request.method == "GET":
        return render(request, "tisc/report.html", _report_context(request, item))
    return _act(request, item)


def _act(request, item: Report):
    scope, action = scope_of(request), request.POST.get("action")
    forms, error = {}, None
    try:
        if action in ("save", "submit"):
            if not scope.can_write_report(item):
                raise PermissionDenied
            form = NarrativeForm(request.POST)
            forms["narrative_form"] = form
            if not form.is_valid():
                raise ValidationError(_("Check the narrative."))
            services.report_narrative_save(report=item, narrative=form.cleaned_data["narrative"])
            if action == "submit":
                services.report_submit(report=item, user=request.user)
                messages.success(request, _("Submitted. A frozen copy of the figures and narrative was kept."))
            else:
                messages.success(request, _("Narrative saved."))
        elif action in ("return", "accept"):
            if not scope.can_review_report(item):
                raise PermissionDenied
            form = forms["review_form"] = ReviewForm(request.POST)
            if not form.is_valid():
                raise ValidationError(_("Check the comment."))
            comment = form.cleaned_data["comment"]
            if action == "return":
                services.report_return(report=item, user=request.user, comment=comment)
                messages.success(request, _("Returned to the authors with your comment."))
            else:
                services.report_accept(report=item, user=request.user, comment=comment)
                messages.success(request, _("Report accepted."))
        elif action == "comment":
            if not scope.can_comment(item):
                raise PermissionDenied
            form = forms["comment_form"] = CommentForm(request.POST)
            if not form.is_valid():
                raise ValidationError(_("Write a comment first."))
            services.report_comment(report=item, user=request.user, body=form.cleaned_data["body"])
            messages.success(request, _("Comment added."))
        else:
            raise ValidationError(_("Unknown action."))
    except ValidationError as invalid:
        error = invalid
    if error is None:
        return redirect(item)
    for message in error.messages:
        messages.error(request, message)
    fresh = report_for(request, item.pk)
    return render(request, "tisc/report.html", _report_context(request, fresh, **forms), status=400)


@login_required
@require_safe
def report_print(request, pk: int):
    item = report_for(request, pk)
    context = _report_context(request, item)
    return render(request, "tisc/report_print.html", context)


@login_required
@require_safe
def report_csv(request, pk: int):
    """The report's tables in one CSV, section by section; cells that could run as formulas are escaped."""
    item = report_for(request, pk)
    copy = _shown_copy(item, request.GET.get("version"))
    figures = _figures(item, copy)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    name = f"tisc-report-{item.pk}-{item.period.code}" + (f"-v{copy.version}" if copy else "-draft")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    writer = csv.writer(response)
    writer.writerow(
        safe_row(
            [
                str(item),
                item.get_status_display(),
                _("frozen copy %(v)s") % {"v": copy.version} if copy else _("live figures, not submitted"),
            ]
        )
    )
    writer.writerow([])
    writer.writerows(safe_row([label, value]) for label, value in totals_list(figures))
    for table in figure_tables(figures, charts=False):
        writer.writerow([])
        writer.writerow(safe_row([table.title]))
        writer.writerow(safe_row(table.columns))
        writer.writerows(safe_row(row) for row in table.rows)
    return response
