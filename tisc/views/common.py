"""What every TISC page needs: the breadcrumb, the visitor's scope, objects the scope may reach."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from inspire.sections import section_trail
from tisc.access import Scope, request_scope
from tisc.forms.work import YearForm
from tisc.models import Institution, Network, Report
from tisc.selectors.work import report_detail


def trail(*steps: tuple[str, str]) -> list[tuple[str, str]]:
    return section_trail("tisc", *steps)


def workspace_trail(*steps: tuple[str, str]) -> list[tuple[str, str]]:
    return section_trail("tisc", (reverse("tisc:workspace"), _("Workspace")), *steps)


def scope_of(request) -> Scope:
    return request_scope(request)


def institution_for(request, slug: str, allowed) -> Institution:
    """The institution, if `allowed(scope, institution)`; signed-in people without the right get 403."""
    institution = get_object_or_404(Institution.objects.select_related("network"), slug=slug)
    if not allowed(scope_of(request), institution):
        raise PermissionDenied
    return institution


def network_for(request, slug: str, allowed) -> Network:
    network = get_object_or_404(Network, slug=slug)
    if not allowed(scope_of(request), network):
        raise PermissionDenied
    return network


def report_for(request, pk: int) -> Report:
    """A report the visitor may read; others' reports are "not found", so ids reveal nothing."""
    try:
        report = report_detail(pk=pk)
    except Report.DoesNotExist as error:
        raise Http404(_("No such report.")) from error
    if not scope_of(request).can_view_report(report):
        raise Http404(_("No such report."))
    return report


def year_from(request) -> tuple[int, YearForm]:
    form = YearForm(request.GET or None, initial={"year": timezone.localdate().year})
    return form.year_or(timezone.localdate().year), form
