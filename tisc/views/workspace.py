"""The workspace home (what is mine, what waits for me) and the coordinator's list of people."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from tisc.forms.work import PeopleForm
from tisc.models import Membership
from tisc.selectors import work as selectors
from tisc.services import people as services
from tisc.views.common import network_for, scope_of, trail, workspace_trail


@login_required
@require_safe
def home(request):
    scope = scope_of(request)
    context = {
        "scope": scope,
        "institutions": selectors.recordable_institutions(scope=scope),
        "networks": selectors.workspace_networks(scope=scope).order_by("is_demo", "name"),
        "to_act": selectors.reports_to_act_on(scope=scope) if scope.has_workspace else None,
        "trail": trail(("", _("Workspace"))),
    }
    return render(request, "tisc/workspace.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def people(request, slug: str):
    network = network_for(request, slug, lambda scope, n: scope.can_manage_people(n))
    form = PeopleForm(request.POST or None, network=network)
    if request.method == "POST" and form.is_valid():
        try:
            services.membership_grant(
                user=form.cleaned_data["username"],
                role=Membership.Role.STAFF,
                institution=form.cleaned_data["institution"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Role given."))
            return redirect("tisc:people", slug=network.slug)
    roles = (
        Membership.objects.filter(network=network)
        .select_related("user", "institution")
        .order_by("role", "institution__name", "user__username")
    )
    context = {
        "network": network,
        "roles": roles,
        "form": form,
        "trail": workspace_trail(("", _("People of %(name)s") % {"name": network.name})),
    }
    return render(request, "tisc/people.html", context, status=400 if form.is_bound else 200)


@login_required
@require_POST
def people_remove(request, pk: int):
    membership = get_object_or_404(Membership.objects.select_related("network"), pk=pk)
    scope = scope_of(request)
    # A coordinator removes staff of their network; coordinator and programme roles are given by curators.
    if membership.network is None or not scope.can_manage_people(membership.network):
        raise PermissionDenied
    if membership.role != Membership.Role.STAFF and not scope.is_curator:
        raise PermissionDenied
    services.membership_revoke(membership=membership)
    messages.success(request, _("Role removed."))
    return redirect("tisc:people", slug=membership.network.slug)
