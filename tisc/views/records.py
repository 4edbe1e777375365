"""Recording the work: the daily page (two short forms and the latest entries), edits, CSV upload."""

import csv

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from tisc import imports
from tisc.access import Scope
from tisc.csvsafe import safe_row
from tisc.forms.records import ImportForm, ServiceRequestForm, TrainingForm
from tisc.models import ServiceRequest, TrainingEvent
from tisc.selectors import work as selectors
from tisc.services import records as services
from tisc.views.common import institution_for, scope_of, workspace_trail

PAGE_SIZE = 25
REMEMBERED = ("received_on", "kind", "requester_category", "requester_gender", "outcome", "hours")
SESSION_KEY = "tisc_last_request"
# Both forms share a page; the prefix keeps their field ids (both have "hours") apart.
TRAINING = "training"


def _can_record(scope: Scope, institution) -> bool:
    return scope.can_record(institution)


def _record_url(institution) -> str:
    return reverse("tisc:record", kwargs={"slug": institution.slug})


def _remembered(request) -> dict:
    """The choices of the last request saved, so a run of similar requests is typed once. Its date is
    kept only on the day it was saved: tomorrow's first entry starts from tomorrow's date."""
    today = timezone.localdate()
    last = dict(request.session.get(SESSION_KEY, {}))
    if last.pop("saved_on", None) != today.isoformat():
        last.pop("received_on", None)
    return {"received_on": today, **last}


def _record_page(request, institution, *, request_form=None, training_form=None, status=200):
    requests_page = Paginator(
        selectors.service_requests(scope=scope_of(request), institution=institution), PAGE_SIZE
    ).get_page(request.GET.get("page"))
    context = {
        "institution": institution,
        "request_form": request_form or ServiceRequestForm(initial=_remembered(request)),
        "training_form": training_form or TrainingForm(initial={"held_on": timezone.localdate()}, prefix=TRAINING),
        "page_obj": requests_page,
        "trainings": selectors.trainings(scope=scope_of(request), institution=institution)[:10],
        "today": selectors.day_counts(institution=institution, day=timezone.localdate()),
        "trail": workspace_trail(("", institution.name)),
    }
    return render(request, "tisc/record.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def record(request, slug: str):
    institution = institution_for(request, slug, _can_record)
    if request.method == "GET":
        return _record_page(request, institution)
    if request.POST.get("form") == "training":
        form = TrainingForm(request.POST, prefix=TRAINING)
        if not form.is_valid():
            return _record_page(request, institution, training_form=form, status=400)
        services.training_create(institution=institution, recorded_by=request.user, **form.cleaned_data)
        messages.success(request, _("Training saved."))
        return redirect(f"{request.path}#training-form")
    form = ServiceRequestForm(request.POST)
    if not form.is_valid():
        return _record_page(request, institution, request_form=form, status=400)
    services.service_request_create(institution=institution, recorded_by=request.user, **form.cleaned_data)
    request.session[SESSION_KEY] = {
        **{name: str(form.cleaned_data[name]) for name in REMEMBERED},
        "saved_on": timezone.localdate().isoformat(),
    }
    messages.success(request, _("Request saved. The form keeps your last choices for the next one."))
    return redirect(f"{request.path}#request-form")


def _editable(request, model, pk: int):
    record = get_object_or_404(model.objects.select_related("institution__network"), pk=pk)
    if not scope_of(request).can_record(record.institution):
        raise Http404
    return record


@login_required
@require_http_methods(["GET", "POST"])
def request_edit(request, pk: int):
    record = _editable(request, ServiceRequest, pk)
    form = ServiceRequestForm(request.POST or None, instance=ServiceRequest.objects.get(pk=pk))
    if request.method == "POST" and form.is_valid():
        services.service_request_update(record=record, **form.cleaned_data)
        messages.success(request, _("Request updated."))
        return redirect("tisc:record", slug=record.institution.slug)
    context = {
        "form": form,
        "record": record,
        "kind": "request",
        "trail": workspace_trail((_record_url(record.institution), record.institution.name), ("", _("Edit request"))),
    }
    return render(request, "tisc/record_edit.html", context, status=400 if form.is_bound else 200)


@login_required
@require_http_methods(["GET", "POST"])
def training_edit(request, pk: int):
    event = _editable(request, TrainingEvent, pk)
    form = TrainingForm(request.POST or None, instance=TrainingEvent.objects.get(pk=pk))
    if request.method == "POST" and form.is_valid():
        services.training_update(event=event, **form.cleaned_data)
        messages.success(request, _("Training updated."))
        return redirect("tisc:record", slug=event.institution.slug)
    context = {
        "form": form,
        "record": event,
        "kind": "training",
        "trail": workspace_trail((_record_url(event.institution), event.institution.name), ("", _("Edit training"))),
    }
    return render(request, "tisc/record_edit.html", context, status=400 if form.is_bound else 200)


@login_required
@require_POST
def request_delete(request, pk: int):
    record = _editable(request, ServiceRequest, pk)
    services.service_request_delete(record=record)
    messages.success(request, _("Request deleted."))
    return redirect("tisc:record", slug=record.institution.slug)


@login_required
@require_POST
def training_delete(request, pk: int):
    event = _editable(request, TrainingEvent, pk)
    services.training_delete(event=event)
    messages.success(request, _("Training deleted."))
    return redirect("tisc:record", slug=event.institution.slug)


@login_required
@require_http_methods(["GET", "POST"])
def upload(request, slug: str):
    """A CSV of many records: every row is checked first; one bad row and nothing is written."""
    institution = institution_for(request, slug, _can_record)
    form = ImportForm(request.POST or None, request.FILES or None)
    errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        kind = form.cleaned_data["kind"]
        parsed = imports.parse_upload(kind, form.cleaned_data["file"].read())
        errors = parsed.errors
        if not errors:
            try:
                count = services.records_import(
                    institution=institution, kind=kind, rows=parsed.rows, recorded_by=request.user
                )
            except ValidationError as error:
                errors = [str(message) for message in error.messages]
            else:
                messages.success(
                    request, ngettext("%(count)s row imported.", "%(count)s rows imported.", count) % {"count": count}
                )
                return redirect("tisc:record", slug=institution.slug)
    context = {
        "form": form,
        "errors": errors,
        "institution": institution,
        "columns": imports.COLUMNS,
        "required": imports.REQUIRED,
        "trail": workspace_trail((_record_url(institution), institution.name), ("", _("Upload CSV"))),
    }
    failed = request.method == "POST" and (errors or not form.is_valid())
    return render(request, "tisc/upload.html", context, status=400 if failed else 200)


@login_required
@require_safe
def upload_template(request, kind: str):
    if kind not in imports.COLUMNS:
        raise Http404
    if not scope_of(request).has_workspace:
        raise PermissionDenied
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="tisc-{kind}-template.csv"'
    writer = csv.writer(response)
    writer.writerows(safe_row(row) for row in imports.template_rows(kind))
    return response
