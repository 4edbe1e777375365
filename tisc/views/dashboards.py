"""Dashboards: one host institution, one network (public if the network says so), all networks."""

from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from tisc.models import Network
from tisc.selectors import dashboards as selectors
from tisc.views.common import institution_for, scope_of, trail, workspace_trail, year_from


def _render(request, context: dict, year_form) -> object:
    if year_form.is_bound and not year_form.is_valid():
        context["dashboard"] = None
        return render(request, "tisc/dashboard.html", {**context, "year_form": year_form}, status=400)
    return render(request, "tisc/dashboard.html", {**context, "year_form": year_form})


@require_safe
def network_dashboard(request, slug: str):
    """Open to anyone when the network publishes it; otherwise to its own people and programme staff."""
    network = get_object_or_404(Network.objects.published(), slug=slug)
    scope = scope_of(request)
    if not scope.can_view_network_dashboard(network):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        raise PermissionDenied
    year, year_form = year_from(request)
    context = {
        "title": _("Dashboard of %(name)s") % {"name": network.name},
        "subject": network,
        "is_demo": network.is_demo,
        "public": network.dashboard_public,
        "trail": trail((network.get_absolute_url(), network.name), ("", _("Dashboard"))),
    }
    if not (year_form.is_bound and not year_form.is_valid()):
        context["dashboard"] = selectors.network_dashboard(network=network, year=year)
    return _render(request, context, year_form)


@login_required
@require_safe
def institution_dashboard(request, slug: str):
    institution = institution_for(request, slug, lambda scope, i: scope.can_view_institution(i))
    year, year_form = year_from(request)
    context = {
        "title": _("Dashboard of %(name)s") % {"name": institution.name},
        "subject": institution,
        "is_demo": institution.network.is_demo,
        "public": False,
        "trail": workspace_trail(("", _("Dashboard of %(name)s") % {"name": institution.name})),
    }
    if not (year_form.is_bound and not year_form.is_valid()):
        context["dashboard"] = selectors.institution_dashboard(institution=institution, year=year)
    return _render(request, context, year_form)


@login_required
@require_safe
def programme_dashboard(request):
    if not scope_of(request).sees_all:
        raise PermissionDenied
    year, year_form = year_from(request)
    context = {
        "title": _("All TISC networks"),
        "subject": None,
        "is_demo": False,
        "public": False,
        "trail": workspace_trail(("", _("All networks"))),
    }
    if not (year_form.is_bound and not year_form.is_valid()):
        context["dashboard"] = selectors.programme_dashboard(year=year)
    return _render(request, context, year_form)
