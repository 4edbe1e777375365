from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from inspire.spreadsheets import CSVWriter
from inspire.usage import selectors
from inspire.usage.forms import DateRangeForm


def staff_required(view):
    """Visitors are sent to sign in; signed-in people who are not staff get 403."""

    @login_required
    def wrapped(request, *args, **kwargs):
        if not request.user.is_staff:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


@require_safe
@staff_required
def dashboard(request):
    form = DateRangeForm.from_query(request.GET)
    context = {
        "form": form,
        "has_synthetic": selectors.has_synthetic_events(),
        "breadcrumb_trail": [("", _("Usage analytics"))],
    }
    if form.is_valid():
        start, end = form.cleaned_data["start"], form.cleaned_data["end"]
        context.update(
            tables=selectors.dashboard_tables(start, end),
            totals=selectors.range_totals(start, end),
            start=start,
            end=end,
        )
    return render(request, "usage/dashboard.html", context, status=200 if form.is_valid() else 400)


@require_safe
@staff_required
def table_csv(request, slug: str):
    """One dashboard table as CSV: the same rows and cells as on the page."""
    if slug not in selectors.TABLES:
        raise Http404
    form = DateRangeForm.from_query(request.GET)
    if not form.is_valid():
        return HttpResponse(
            "\n".join(str(error) for errors in form.errors.values() for error in errors),
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    start, end = form.cleaned_data["start"], form.cleaned_data["end"]
    table = selectors.dashboard_table(slug, start, end)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="usage-{slug}-{start}-{end}.csv"'
    writer = CSVWriter(response)
    writer.writerow(table.columns)
    writer.writerows(table.rows)
    return response


@require_safe
def impact(request):
    """Public figures of the hub's use, like those in WIPO's own reports, each chart with its table."""
    tables = selectors.impact_tables(timezone.localdate())
    context = {
        "tables": [table for table in tables if table.rows],
        "has_synthetic": selectors.has_synthetic_events(),
        "trail": [("", _("Impact"))],
    }
    return render(request, "usage/impact.html", context)
