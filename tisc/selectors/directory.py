"""Reads of the public directory: networks, host institutions, and the world map."""

from collections import Counter
from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet

from registers.worldmap import country_shapes
from tisc.filters import InstitutionFilter, NetworkFilter
from tisc.models import Institution, InstitutionService, Network

# Network size bands for the map, as (smallest size, state).
SIZE_BANDS = ((50, "xl"), (20, "l"), (5, "m"), (1, "s"))


def network_queryset() -> QuerySet[Network]:
    return Network.objects.published().with_listed_count().order_by("is_demo", "name")


def network_filter(*, params) -> NetworkFilter:
    return NetworkFilter(params, queryset=network_queryset())


def network_detail(*, slug: str) -> Network:
    return network_queryset().get(slug=slug)


def institution_queryset() -> QuerySet[Institution]:
    return (
        Institution.objects.published()
        .select_related("network")
        .prefetch_related(Prefetch("services", queryset=InstitutionService.objects.order_by("service")))
        .order_by("network__is_demo", "network__name", "name")
    )


def institution_filter(*, params) -> InstitutionFilter:
    return InstitutionFilter(params, queryset=institution_queryset())


def institution_detail(*, slug: str) -> Institution:
    return institution_queryset().get(slug=slug)


def network_institutions_public(*, network: Network) -> list[Institution]:
    return list(institution_queryset().filter(network=network).order_by("name"))


def size_band(size: int | None) -> str:
    if size is None:
        return "unknown"
    return next((band for smallest, band in SIZE_BANDS if size >= smallest), "unknown")


@dataclass(frozen=True)
class MapCountry:
    code: str
    network: Network
    size: int | None
    band: str


def map_countries() -> dict[str, MapCountry]:
    """Real networks by country code; demo networks have no country and stay off the map."""
    found = {}
    for network in network_queryset().filter(is_demo=False).exclude(country=""):
        size = network.size(network.listed_count)
        found[network.country] = MapCountry(network.country, network, size, size_band(size))
    return found


def map_legend(states: dict[str, MapCountry]) -> Counter:
    on_map = {shape.code for shape in country_shapes()}
    return Counter(state.band for code, state in states.items() if code in on_map)
