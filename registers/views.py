import functools
from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from inspire.facts import Fact
from inspire.jurisdictions import REGIONS
from inspire.sections import section_trail
from registers import selectors
from registers.filters import JurisdictionFilter
from registers.models import COLUMNS, Jurisdiction
from registers.worldmap import country_shapes, view_box

TABLE_PAGE_SIZE = 50
# Offices list one to eight services; a page of them keeps a file quick to read and to render.
RESOURCES_PER_PAGE = 50


# The raw values the filter form shows back. A template lookup of a parameter the query lacks
# raises and is caught once per option of every <select>; a dict with every key asks nothing.
CHOSEN = ("q", "region", "language", "free", "sort")


def _chosen(request) -> dict[str, str]:
    return {key: request.GET.get(key, "") for key in CHOSEN}


def _table_context(filterset: JurisdictionFilter) -> dict:
    rows = filterset.qs
    page = Paginator(rows, TABLE_PAGE_SIZE).get_page(filterset.request.GET.get("page"))
    counts = selectors.table_counts(rows, filterset.request.GET)
    organisations = selectors.organisations()
    return {
        "filter": filterset,
        "chosen": _chosen(filterset.request),
        "page_obj": page,
        "rows": selectors.with_table_data(page),
        "total": counts["columns"]["total"],
        "columns": [(key, label) for key, (label, _kinds) in COLUMNS.items()],
        "column_filters": [
            (
                key,
                label,
                counts["columns"][f"{key}:{Fact.YES}"],
                counts["columns"][f"{key}:{Fact.NO}"],
                filterset.form.cleaned_data.get(key),
            )
            for key, (label, _kinds) in COLUMNS.items()
        ],
        "region_options": [(code, label, counts["regions"].get(code, 0)) for code, label in REGIONS.items()],
        "member_options": [
            (organisation.code, organisation.system_name, counts["memberships"].get(organisation.code, 0))
            for organisation in organisations
        ],
        "selected_members": filterset.form.cleaned_data.get("member_of") or [],
        "language_options": selectors.resource_languages(),
    }


@require_safe
def index(request):
    """The table: one row per jurisdiction, filterable and sortable."""
    filterset = JurisdictionFilter(request.GET, queryset=selectors.jurisdictions_for_table(), request=request)
    if not filterset.is_valid():
        context = {
            "filter": filterset,
            "chosen": _chosen(request),
            "invalid": True,
            "language_options": selectors.resource_languages(),
        }
        return render(request, "registers/index.html", context, status=400)
    return render(request, "registers/index.html", _table_context(filterset))


@require_safe
def detail(request, code: str):
    try:
        jurisdiction = selectors.jurisdiction_detail(code.upper())
    except Jurisdiction.DoesNotExist:
        raise Http404 from None
    file = getattr(jurisdiction, "file", None)
    states = selectors.column_states(jurisdiction)
    notes = selectors.notes_by_topic(jurisdiction)
    return render(
        request,
        "registers/detail.html",
        {
            "jurisdiction": jurisdiction,
            "file": file,
            "notes": notes,
            "curated": bool(file or notes or jurisdiction.resources.all() or jurisdiction.absences.all()),
            "page_obj": Paginator(selectors.resources_by_url(jurisdiction), RESOURCES_PER_PAGE).get_page(
                request.GET.get("page")
            ),
            "glance": [(label, states[key]) for key, (label, _kinds) in COLUMNS.items()],
            "members": jurisdiction.members.all() if jurisdiction.is_office else (),
            # PCT is left out: an international application never becomes a patent by itself.
            "regional_systems": [system for system in jurisdiction.memberships.all() if system.code != "WO"],
            "oapi_member": any(system.code == "OA" for system in jurisdiction.memberships.all()),
            "trail": section_trail("registers", ("", jurisdiction.local_name)),
        },
    )


@require_safe
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
        drawn = []
        for shape in country_shapes():
            entry = entries.get(shape.code)
            state = _state(entry, column)
            drawn.append((shape, entry, state, _label(state, column) if entry else ""))
        return drawn

    def rows():
        return selectors.with_table_data(selectors.jurisdictions_for_table().order_by("name"))

    def legend():
        counts = selectors.map_counts(states(), column)
        return [(fact.value, _label(fact, column), counts[fact], _table_link(fact, column)) for fact in counts]

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
            "legend": legend,
            "table_url": reverse("registers:index"),
            "labels": MAP_LABELS,
            "membership_column": _is_membership(column),
            "trail": section_trail("registers", ("", _("World map"))),
        },
    )


# Words for each state of a map column, read out for a country and shown in the legend. Member lists
# hold only the members the curator is sure of, so a membership column has no recorded "no".
MAP_LABELS = {
    Fact.YES: _("yes"),
    Fact.NO: _("no, recorded as absent"),
    Fact.UNKNOWN: _("not recorded"),
    "member": _("member"),
    "not_member": _("not recorded as a member"),
}


def _is_membership(column: str) -> bool:
    return column.startswith("member:")


def _label(state: str, column: str) -> str:
    if _is_membership(column):
        return MAP_LABELS["member" if state == Fact.YES else "not_member"]
    return MAP_LABELS[state]


def _table_link(fact: Fact, column: str) -> str:
    """The table filtered to the jurisdictions in this state of the map column; a membership column has
    no filter for "not recorded as a member"."""
    if _is_membership(column):
        query = {"member_of": column.removeprefix("member:")} if fact == Fact.YES else None
    else:
        query = {column: fact.value}
    return f"{reverse('registers:index')}?{urlencode(query)}" if query else ""


def _state(entry: dict | None, column: str) -> str:
    if entry is None:
        return "none"
    if column in entry["on"]:
        return Fact.YES
    return Fact.NO if column in entry["off"] else Fact.UNKNOWN


@require_safe
@login_required
def link_health(request):
    """Register and gazette links whose last check failed, for curators to fix."""
    if not request.user.is_curator:
        raise PermissionDenied
    return render(request, "registers/link_health.html", {"resources": selectors.broken_resources()})
