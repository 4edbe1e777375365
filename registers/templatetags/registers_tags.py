from html import escape

from django import template
from django.template.defaultfilters import date as date_filter
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from inspire.templatetags.inspire_tags import fact
from registers.models import ColumnState

register = template.Library()


def column_cell(state: ColumnState) -> str:
    """One cell of the register table: yes links the resource (flagged when its link is broken),
    recorded no links its source, not recorded says so."""
    if state.resource:
        resource = state.resource
        broken = ""
        if resource.link_ok is False:
            broken_label = escape(_("broken link"))
            broken = f' <span class="badge badge-bad">{broken_label}</span>'

        return (
            f'<a href="{escape(resource.url)}" rel="noopener noreferrer">{fact(True)}'
            f'<span class="visually-hidden">: {escape(resource.title)}</span></a>{broken}'
        )
    if state.absence:
        absence = state.absence
        title = escape(str(absence.note or _("Source of this fact")))
        source_label = escape(_("source"))
        return (
            f'<a href="{escape(absence.source_url)}" rel="noopener noreferrer" title="{title}">{fact(False)}'
            f'<span class="visually-hidden">: {source_label}</span></a>'
        )
    return fact(None)


@register.simple_tag
def table_rows(jurisdictions) -> SafeString:
    """The register table's body, one row per jurisdiction of `selectors.with_table_data`: name,
    code, a cell per column and the systems it belongs to. A table page has 250 cells, so every
    value is escaped here and the page joined once: `format_html` per cell was a third of the page."""
    # Every detail address is the table's own followed by the code (registers/urls.py).
    table_url = reverse("registers:index")
    rows = []
    for jurisdiction in jurisdictions:
        cells = "".join(f"<td>{column_cell(state)}</td>" for state in jurisdiction.states.values())
        systems = ", ".join(
            f'<abbr title="{escape(system.system_name)}">{escape(system.code)}</abbr>'
            for system in jurisdiction.systems
        )
        code = escape(jurisdiction.code)
        rows.append(
            f'<tr><th scope="row"><a href="{table_url}{code}/">{escape(jurisdiction.local_name)}</a></th>'
            f"<td>{code}</td>{cells}<td>{systems}</td></tr>"
        )
    return mark_safe("".join(rows))  # noqa: S308  # nosec B308 B703 (every value above is escaped)


@register.simple_tag
def provenance(item) -> SafeString:
    """Where a fact comes from and when it was last checked: "source, reviewed on 2026-12-04". A tag,
    not an included template: a jurisdiction file shows one per resource, note and sample number."""
    source = ""
    if item.source_url:
        source = format_html(' <a href="{}" rel="noopener noreferrer">{}</a>', item.source_url, _("source"))
    comma = "," if item.source_url else ""
    if item.reviewed_on:
        reviewed = format_html("{} {} {}", comma, _("reviewed on"), date_filter(item.reviewed_on, "Y-m-d"))
    else:
        reviewed = format_html("{} {}", comma, _("not reviewed yet"))
    return format_html('<span class="muted small provenance-line">{}{}</span>', source, reviewed)


@register.simple_tag
def link_badge(resource) -> SafeString:
    """The link checker's last word on a resource: working (and when), broken (and why), or not checked."""
    if resource.link_ok is True:
        checked = f"{_('Checked')} {date_filter(resource.link_checked_at, 'Y-m-d')}"
        return format_html('<span class="badge badge-ok" title="{}">{}</span>', checked, _("working"))
    if resource.link_ok is False:
        status = f" ({resource.link_status_code})" if resource.link_status_code else ""
        return format_html(
            '<span class="badge badge-bad" title="{}">{}{}</span>', resource.link_error, _("broken"), status
        )
    return format_html('<span class="badge">{}</span>', _("not checked"))
