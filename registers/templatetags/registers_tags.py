from django import template
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from inspire.templatetags.inspire_tags import fact
from registers.models import ColumnState

register = template.Library()


@register.simple_tag
def column_cell(state: ColumnState) -> str:
    """One cell of the register table: yes links the resource (flagged when its link is broken),
    recorded no links its source, not recorded says so. Built in Python: a table page has 500 cells."""
    if state.resource:
        resource = state.resource
        broken = (
            format_html(' <span class="badge badge-bad">{}</span>', _("broken link"))
            if resource.link_ok is False
            else ""
        )
        return format_html(
            '<a href="{}" rel="noopener noreferrer">{}<span class="visually-hidden">: {}</span></a>{}',
            resource.url,
            fact(True),
            resource.title,
            broken,
        )
    if state.absence:
        absence = state.absence
        return format_html(
            '<a href="{}" rel="noopener noreferrer" title="{}">{}<span class="visually-hidden">: {}</span></a>',
            absence.source_url,
            absence.note or _("Source of this fact"),
            fact(False),
            _("source"),
        )
    return fact(None)


ROW = '<tr><th scope="row"><a href="{}">{}</a></th><td>{}</td>{}<td>{}</td></tr>'
SYSTEM = '<abbr title="{}">{}</abbr>'


@register.simple_tag
def table_rows(jurisdictions) -> str:
    """The register table's body, one row per jurisdiction of `selectors.with_table_data`: name,
    code, a cell per column and the systems it belongs to. Built in Python, like its cells."""
    return format_html_join("", ROW, (_row_arguments(jurisdiction) for jurisdiction in jurisdictions))


def _row_arguments(jurisdiction) -> tuple:
    cells = format_html_join("", "<td>{}</td>", ((column_cell(state),) for state in jurisdiction.states.values()))
    systems = format_html_join(", ", SYSTEM, ((system.system_name, system.code) for system in jurisdiction.systems))
    return (jurisdiction.get_absolute_url(), jurisdiction.local_name, jurisdiction.code, cells, systems)
