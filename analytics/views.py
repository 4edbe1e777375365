from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_safe

from analytics import selectors
from analytics.bots import is_bot
from analytics.filters import GuideFilter, SortChoices
from analytics.forms import ReportPdfForm
from analytics.models import Publisher, Report, ReportDownload
from analytics.services import report_download_record, report_pdf_attach
from inspire.filters import selection_key
from inspire.pagination import ContentCountPaginator
from inspire.sections import section_trail
from inspire.usage.signals import object_downloaded

PAGE_SIZE = 12


def _filter_errors(filterset) -> list[str]:
    """Readable messages for bad query values, named by the filter's label."""
    readable = []
    for name, errors in filterset.errors.items():
        label = filterset.filters[name].label if name in filterset.filters else ""
        readable.extend(f"{label}: {error}" if label else str(error) for error in errors)
    return readable


@require_safe
def index(request):
    filterset = selectors.report_catalogue(request.GET)
    valid = filterset.is_valid()
    paginator = ContentCountPaginator(
        filterset.qs if valid else Report.objects.none(),
        PAGE_SIZE,
        version_key=selectors.CONTENT_VERSION_KEY,
        key=selection_key(request.GET),
    )
    page_obj = paginator.get_page(request.GET.get("page"))
    facets = selectors.report_facets(request.GET)
    context = {
        "filterset": filterset,
        "errors": None if valid else _filter_errors(filterset),
        "page_obj": page_obj,
        "reports": page_obj.object_list,
        "facets": facets,
        "figures": selectors.report_figures(filterset.qs, facets, request.GET) if valid else [],
        "sort_choices": SortChoices.CHOICES,
        "sort": request.GET.get("sort", SortChoices.NEWEST),
        "is_filtered": any(key != "page" for key in request.GET),
        "trail": section_trail("analytics"),
    }
    return render(request, "analytics/index.html", context, status=200 if valid else 400)


@require_safe
def report_detail(request, slug):
    try:
        report = selectors.report_detail(slug)
    except Report.DoesNotExist as error:
        raise Http404 from error
    editions = selectors.report_editions(report)
    context = {
        "report": report,
        "editions": editions,
        "related": selectors.report_related(report, exclude=[edition.pk for edition in editions]),
        "trail": section_trail("analytics", (report.get_absolute_url(), report.title)),
    }
    return render(request, "analytics/report_detail.html", context)


@never_cache
@require_GET  # not HEAD: a link checker's HEAD must not count as a download
def report_download(request, slug):
    report = get_object_or_404(Report.objects.published(), slug=slug)
    if not report.is_downloadable:
        raise Http404
    if report.pdf:
        served = ReportDownload.Served.FILE
        try:
            pdf = report.pdf.open("rb")
        except FileNotFoundError as error:
            # The row names a file the storage no longer has: nothing to serve, so nothing to count.
            raise Http404 from error
        response = FileResponse(pdf, as_attachment=True, filename=f"{report.slug}.pdf", content_type="application/pdf")
    else:
        served = ReportDownload.Served.LINK
        response = HttpResponseRedirect(report.landing_url)
    if not is_bot(request.headers.get("User-Agent", "")):
        report_download_record(report=report, served=served)
        object_downloaded.send(sender=Report, request=request, obj=report)
    response["X-Content-Type-Options"] = "nosniff"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def report_upload(request, slug):
    if not request.user.is_curator:
        raise PermissionDenied
    report = get_object_or_404(Report, slug=slug)
    form = ReportPdfForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        report_pdf_attach(report=report, pdf=form.cleaned_data["pdf"])
        messages.success(request, _("The PDF is attached; downloads now serve this file."))
        return redirect(report)
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "analytics/report_upload.html",
        {
            "report": report,
            "form": form,
            "trail": section_trail("analytics", (report.get_absolute_url(), report.title), ("", _("Upload the PDF"))),
        },
        status=status,
    )


@require_safe
def publisher_list(request):
    return render(
        request,
        "analytics/publisher_list.html",
        {"publishers": selectors.publisher_list(), "trail": section_trail("analytics", ("", _("Publishers")))},
    )


@require_safe
def publisher_detail(request, slug):
    try:
        publisher = selectors.publisher_detail(slug)
    except Publisher.DoesNotExist as error:
        raise Http404 from error
    paginator = Paginator(selectors.publisher_reports(publisher), PAGE_SIZE)
    page_obj = paginator.get_page(request.GET.get("page"))
    context = {
        "publisher": publisher,
        "page_obj": page_obj,
        "reports": page_obj.object_list,
        "trail": section_trail(
            "analytics", (reverse("analytics:publisher_list"), _("Publishers")), ("", publisher.name)
        ),
    }
    return render(request, "analytics/publisher_detail.html", context)


@require_safe
def guides(request):
    """Methodology guides beside the catalogue: how to make a landscape report and use patent data."""
    guide_filter = GuideFilter(request.GET, queryset=selectors.guides_for_list())
    valid = guide_filter.is_valid()
    context = {
        "filter": guide_filter,
        "guides": guide_filter.qs if valid else [],
        "is_filtered": any(request.GET.values()),
        "trail": section_trail("analytics", ("", _("Methodology guides"))),
    }
    return render(request, "analytics/guides.html", context, status=200 if valid else 400)
