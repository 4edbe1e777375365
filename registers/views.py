import functools

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from inspire.jurisdictions import REGIONS
from registers import selectors
from registers.api.filters import JurisdictionFilter
from registers.models import COLUMNS, Jurisdiction
from registers.worldmap import country_shapes, view_box

TABLE_PAGE_SIZE = 100


def _table_context(filterset: JurisdictionFilter) -> dict:
    rows = filterset.qs
    page = Paginator(rows, TABLE_PAGE_SIZE).get_page(filterset.request.GET.get("page"))
    counts = selectors.table_counts(rows)
    organisations = selectors.organisations()
    return {
        "filter": filterset,
        "page_obj": page,
        "rows": [(jurisdiction, selectors.column_links(jurisdiction)) for jurisdiction in page],
        "total": counts["columns"]["total"],
        "columns": [(key, label) for key, (label, _kinds) in COLUMNS.items()],
        "column_filters": [
            (key, label, counts["columns"][key], filterset.form.cleaned_data.get(key))
            for key, (label, _kinds) in COLUMNS.items()
        ],
        "region_options": [(code, label, counts["regions"].get(code, 0)) for code, label in REGIONS.items()],
        "member_options": [
            (organisation.code, organisation.system_name, counts["memberships"].get(organisation.code, 0))
            for organisation in organisations
        ],
        "selected_members": filterset.form.cleaned_data.get("member_of") or [],
    }


@require_GET
def index(request):
    """The table: one row per jurisdiction, filterable and sortable."""
    filterset = JurisdictionFilter(request.GET, queryset=selectors.jurisdictions_for_table(), request=request)
    if not filterset.is_valid():
        return render(request, "registers/index.html", {"filter": filterset, "invalid": True}, status=400)
    return render(request, "registers/index.html", _table_context(filterset))


@require_GET
def detail(request, code: str):
    try:
        jurisdiction = selectors.jurisdiction_detail(code.upper())
    except Jurisdiction.DoesNotExist:
        raise Http404 from None
    file = getattr(jurisdiction, "file", None)
    links = selectors.column_links(jurisdiction)
    return render(
        request,
        "registers/detail.html",
        {
            "jurisdiction": jurisdiction,
            "file": file,
            "resource_groups": selectors.resources_by_url(jurisdiction),
            "glance": [(label, links[key]) for key, (label, _kinds) in COLUMNS.items()],
            "members": jurisdiction.members.all() if jurisdiction.is_office else (),
            # PCT is left out: an international application never becomes a patent by itself.
            "regional_systems": [system for system in jurisdiction.memberships.all() if system.code != "WO"],
            "oapi_member": any(system.code == "OA" for system in jurisdiction.memberships.all()),
            "trail": [(reverse("registers:index"), _("Patent registers")), ("", jurisdiction.name)],
        },
    )


@require_GET
def world_map(request):
    """The world map coloured by one column, with the full table as its fallback.

    The map and table are a cached fragment (keyed by column and content version): the template
    calls the functions below only when the fragment is not in the cache."""
    column = request.GET.get("column", "register")
    if column not in selectors.MAP_COLUMNS:
        column = "register"
    states = functools.cache(selectors.map_states)

    def shapes():
        entries = states()["jurisdictions"]
        return [(shape, entries.get(shape.code), _state(entries.get(shape.code), column)) for shape in country_shapes()]

    def rows():
        table = selectors.jurisdictions_for_table().order_by("name")
        return [(jurisdiction, selectors.column_links(jurisdiction)) for jurisdiction in table]

    return render(
        request,
        "registers/map.html",
        {
            "column": column,
            "content_version": selectors.content_version(),
            "map_columns": selectors.MAP_COLUMNS,
            "shapes": shapes,
            "view_box": view_box(),
            "map_states": states,
            "rows": rows,
            "columns": [(key, label) for key, (label, _kinds) in COLUMNS.items()],
            "column_label": selectors.MAP_COLUMNS[column],
            "labels": {"yes": _("yes"), "no": _("no or not recorded")},
            "trail": [(reverse("registers:index"), _("Patent registers")), ("", _("World map"))],
        },
    )


def _state(entry: dict | None, column: str) -> str:
    if entry is None:
        return "none"
    return "yes" if column in entry["on"] else "no"


@require_GET
@login_required
def link_health(request):
    """Register and gazette links whose last check failed, for curators to fix."""
    if not request.user.is_curator:
        raise PermissionDenied
    return render(request, "registers/link_health.html", {"resources": selectors.broken_resources()})
