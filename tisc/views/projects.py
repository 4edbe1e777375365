"""The national project: objectives, indicators against targets, the work plan; the coordinator edits."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from tisc.forms.work import ActivityForm, IndicatorForm, ProjectForm
from tisc.models import Activity, Indicator, Project
from tisc.selectors import work as selectors
from tisc.selectors.dashboards import network_dashboard
from tisc.services import projects as services
from tisc.views.common import network_for, scope_of, workspace_trail, year_from


def _project_url(project: Project) -> str:
    return reverse("tisc:project", kwargs={"slug": project.network.slug}) + f"?year={project.start_year}"


@login_required
@require_safe
def project(request, slug: str):
    network = network_for(request, slug, lambda scope, n: scope.can_view_project(n))
    year, year_form = year_from(request)
    if year_form.is_bound and not year_form.is_valid():
        return render(request, "tisc/project.html", {"network": network, "year_form": year_form}, status=400)
    current = selectors.project_for(network=network, year=year)
    dashboard = network_dashboard(network=network, year=year) if current else None
    context = {
        "network": network,
        "project": current,
        "projects": selectors.projects_of(network=network),
        "year": year,
        "year_form": year_form,
        "dashboard": dashboard,
        "indicator_tables": [t for t in dashboard.tables if t.slug == "indicators"] if dashboard else [],
        "can_manage": scope_of(request).can_manage_project(network),
        "today": timezone.localdate(),
        "trail": workspace_trail(("", _("National project of %(name)s") % {"name": network.name})),
    }
    return render(request, "tisc/project.html", context)


def _managed_project(request, pk: int) -> Project:
    item = get_object_or_404(Project.objects.select_related("network"), pk=pk)
    if not scope_of(request).can_manage_project(item.network):
        raise PermissionDenied
    return item


@login_required
@require_http_methods(["GET", "POST"])
def project_edit(request, slug: str):
    """Create the network's project (no `pk` in the query) or change one (`?project=<pk>`)."""
    network = network_for(request, slug, lambda scope, n: scope.can_manage_project(n))
    instance = None
    if "project" in request.GET:
        wanted = request.GET["project"]
        instance = get_object_or_404(Project, pk=int(wanted) if wanted.isdigit() else 0, network=network)
    form = ProjectForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        try:
            if instance is None:
                item = services.project_create(network=network, **form.cleaned_data)
            else:
                item = services.project_update(project=Project.objects.get(pk=instance.pk), **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Project saved."))
            return redirect(_project_url(item))
    context = {
        "form": form,
        "network": network,
        "instance": instance,
        "trail": workspace_trail(("", _("Project of %(name)s") % {"name": network.name})),
    }
    return render(request, "tisc/project_edit.html", context, status=400 if form.is_bound else 200)


@login_required
@require_http_methods(["GET", "POST"])
def indicator_edit(request, project_pk: int, pk: int | None = None):
    item = _managed_project(request, project_pk)
    instance = get_object_or_404(Indicator, pk=pk, project=item) if pk else None
    form = IndicatorForm(request.POST or None, instance=instance, project=item)
    if request.method == "POST" and form.is_valid():
        try:
            if instance is None:
                services.indicator_create(project=item, targets=form.targets(), **form.indicator_fields())
            else:
                indicator = services.indicator_update(indicator=Indicator.objects.get(pk=pk), **form.indicator_fields())
                services.targets_set(indicator=indicator, values=form.targets())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Indicator saved."))
            return redirect(_project_url(item))
    context = {
        "form": form,
        "project": item,
        "instance": instance,
        "what": _("indicator"),
        "trail": workspace_trail((_project_url(item), str(item)), ("", _("Indicator"))),
    }
    return render(request, "tisc/project_part_edit.html", context, status=400 if form.is_bound else 200)


@login_required
@require_POST
def indicator_delete(request, pk: int):
    indicator = get_object_or_404(Indicator.objects.select_related("project__network"), pk=pk)
    if not scope_of(request).can_manage_project(indicator.project.network):
        raise PermissionDenied
    services.indicator_delete(indicator=indicator)
    messages.success(request, _("Indicator deleted."))
    return redirect(_project_url(indicator.project))


@login_required
@require_http_methods(["GET", "POST"])
def activity_edit(request, project_pk: int, pk: int | None = None):
    item = _managed_project(request, project_pk)
    instance = get_object_or_404(Activity, pk=pk, project=item) if pk else None
    form = ActivityForm(request.POST or None, instance=instance, project=item)
    if request.method == "POST" and form.is_valid():
        try:
            if instance is None:
                services.activity_create(project=item, **form.activity_fields())
            else:
                services.activity_update(activity=Activity.objects.get(pk=pk), **form.activity_fields())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Work plan updated."))
            return redirect(_project_url(item) + "#work-plan")
    context = {
        "form": form,
        "project": item,
        "instance": instance,
        "what": _("activity"),
        "trail": workspace_trail((_project_url(item), str(item)), ("", _("Work plan activity"))),
    }
    return render(request, "tisc/project_part_edit.html", context, status=400 if form.is_bound else 200)


@login_required
@require_POST
def activity_delete(request, pk: int):
    activity = get_object_or_404(Activity.objects.select_related("project__network"), pk=pk)
    if not scope_of(request).can_manage_project(activity.project.network):
        raise PermissionDenied
    services.activity_delete(activity=activity)
    messages.success(request, _("Activity deleted."))
    return redirect(_project_url(activity.project) + "#work-plan")
