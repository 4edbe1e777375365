"""The public directory: networks on a world map, host institutions with filters, one page each."""

import hashlib

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from inspire.jurisdictions import countries
from registers.worldmap import country_shapes, view_box
from tisc.choices import InstitutionKind, Service
from tisc.filters import LANGUAGE_CHOICES
from tisc.models import Institution, Network
from tisc.selectors import directory as selectors
from tisc.views.common import scope_of, trail

PAGE_SIZE = 30


def band_labels() -> dict[str, str]:
    return {
        "s": _("1 to 4 host institutions"),
        "m": _("5 to 19"),
        "l": _("20 to 49"),
        "xl": _("50 or more"),
        "unknown": _("size not recorded"),
        "none": _("no network in the directory"),
    }


@require_safe
def index(request):
    """Networks on the map (coloured by size) and in a table with the same facts."""
    network_filter = selectors.network_filter(params=request.GET)
    valid = network_filter.is_valid()
    networks = list(network_filter.qs) if valid else []
    states = selectors.map_countries()
    labels = band_labels()
    names = countries()
    shapes = [(shape, states.get(shape.code), names.get(shape.code, shape.code)) for shape in country_shapes()]
    legend = selectors.map_legend(states)
    context = {
        # The SVG is the costly part of the page; it is cached under a key made of what it shows.
        "map_key": hashlib.sha1(
            repr(sorted((s.code, s.band, s.size, s.network.slug, s.network.name) for s in states.values())).encode(),
            usedforsecurity=False,
        ).hexdigest(),
        "filter": network_filter,
        "networks": [(network, network.size(network.listed_count)) for network in networks],
        "shapes": shapes,
        "labels": labels,
        "legend": [(band, label, legend.get(band, 0)) for band, label in labels.items() if band != "none"],
        "view_box": view_box(),
        "trail": trail(),
        "scope": scope_of(request),
    }
    return render(request, "tisc/index.html", context, status=200 if valid else 400)


@require_safe
def institutions(request):
    institution_filter = selectors.institution_filter(params=request.GET)
    valid = institution_filter.is_valid()
    queryset = institution_filter.qs if valid else Institution.objects.none()
    page_obj = Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "filter": institution_filter,
        "page_obj": page_obj,
        "total": page_obj.paginator.count,
        "kinds": InstitutionKind.choices,
        "services": Service.choices,
        "languages": LANGUAGE_CHOICES,
        "networks": Network.objects.published().order_by("is_demo", "name").values_list("slug", "name"),
        "selected": {name: request.GET.getlist(name) for name in ("kind", "service", "network", "country")},
        "trail": trail(("", _("Host institutions"))),
    }
    return render(request, "tisc/institutions.html", context, status=200 if valid else 400)


@require_safe
def network(request, slug: str):
    try:
        item = selectors.network_detail(slug=slug)
    except Network.DoesNotExist as error:
        raise Http404(_("No such network.")) from error
    scope = scope_of(request)
    context = {
        "network": item,
        "size": item.size(item.listed_count),
        "institutions": selectors.network_institutions_public(network=item),
        "can_see_dashboard": scope.can_view_network_dashboard(item),
        "can_see_workspace": scope.can_view_project(item),
        "trail": trail(("", item.name)),
    }
    return render(request, "tisc/network.html", context)


@require_safe
def institution(request, slug: str):
    try:
        item = selectors.institution_detail(slug=slug)
    except Institution.DoesNotExist as error:
        raise Http404(_("No such host institution.")) from error
    context = {
        "institution": item,
        "can_record": scope_of(request).can_record(item),
        "trail": trail((item.network.get_absolute_url(), item.network.name), ("", item.name)),
    }
    return render(request, "tisc/institution.html", context)
