from html import escape

from django import template
from django.urls import reverse
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
