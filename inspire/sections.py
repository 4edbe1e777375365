"""The hub's sections, in navigation order. One place for names, URLs and API prefixes."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Section:
    app_label: str
    title: Promise
    summary: Promise
    url_name: str


SECTIONS = (
    Section(
        "databases",
        _("Patent databases"),
        _("Compare national and commercial patent databases by coverage, search features and cost."),
        "databases:index",
    ),
    Section(
        "registers",
        _("Patent registers"),
        _("Find the online patent register and gazette of 200+ jurisdictions, on a map or in a table."),
        "registers:index",
    ),
    Section(
        "analytics",
        _("Patent analytics"),
        _("Browse Patent Landscape Reports and WIPO Technology Trends reports."),
        "analytics:index",
    ),
    Section(
        "policies",
        _("IP policies"),
        _("Study institutional IP policies and write your own with the IP Policy Toolkit."),
        "policies:index",
    ),
    Section(
        "etisc",
        _("eTISC community"),
        _("Discuss with TISC staff and experts, ask the expert, and follow news, events and webinars."),
        "etisc:index",
    ),
    Section(
        "tisc",
        _("TISC networks"),
        _("Find a TISC near you; coordinators plan national projects, record services and report on them."),
        "tisc:index",
    ),
    Section(
        "programmes",
        _("Access programmes"),
        _("ASPI and ARDI: free or low-cost patent databases and journals, and whether your institution qualifies."),
        "programmes:index",
    ),
    Section(
        "learning",
        _("Learning"),
        _("Courses, workshops, regional meetings and guides on patent information, with learning paths."),
        "learning:index",
    ),
)


def section(app_label: str) -> Section:
    return next(s for s in SECTIONS if s.app_label == app_label)


def section_trail(app_label: str, *steps: tuple[str, str]) -> list[tuple[str, str]]:
    """Breadcrumb pairs (url, label) for `components/breadcrumb.html`: the section's index, then
    `steps` down to the current page, whose url is left empty."""
    entry = section(app_label)
    return [(reverse(entry.url_name), entry.title), *steps]
