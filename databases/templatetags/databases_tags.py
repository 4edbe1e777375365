from django import template
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from databases.models import Coverage, PatentDatabase
from inspire.templatetags.inspire_tags import fact

register = template.Library()

ROW = (
    '<tr><th scope="row" data-sort="{}">{} ({}){}</th><td>{}</td><td>{}</td>'
    '<td data-sort="{}">{}</td><td>{}</td><td class="provenance">{}</td></tr>'
)


@register.simple_tag
def coverage_rows(coverage: list[tuple[str, list[Coverage]]], database: PatentDatabase) -> str:
    """The body of a database's coverage table, built in Python: a report can hold hundreds of facts,
    and a template row of ten tags costs more than the rest of the page."""
    return format_html_join("", ROW, _row_arguments(coverage, database))


def _row_arguments(coverage, database):
    for code, rows in coverage:
        register_link = format_html(
            '<br><a class="register-link" href="{}">{}</a>',
            reverse("registers:detail", args=[code]),
            _("Register and gazette of %(code)s") % {"code": code},
        )
        for index, row in enumerate(rows):
            name = row.jurisdiction_name
            yield (
                name,
                name,
                code,
                register_link if index == 0 else "",
                row.get_document_kind_display(),
                _level(row),
                row.from_year or "",
                _years(row),
                row.note,
                _provenance(row, database),
            )


def _level(row: Coverage) -> str:
    if row.covered:
        return fact(True, row.get_level_display())
    words = _("not held: %(level)s") % {"level": row.get_level_display()}
    return format_html("{} {}", fact(False), words)


def _years(row: Coverage) -> str:
    if not (row.from_year or row.to_year):
        return "—"
    return f"{row.from_year or '…'}\u2013{row.to_year or ''}"


def _provenance(row: Coverage, database: PatentDatabase) -> str:
    if row.source_url:
        link = format_html('<a href="{}" rel="noopener">{}</a>', row.source_url, _("source"))
    else:
        link = format_html('<a href="{}" rel="noopener">{}</a>', database.source_url, _("report's source"))
    if not row.reviewed_on:
        return link
    return format_html(
        '{}, <time datetime="{}">{}</time>', link, row.reviewed_on.isoformat(), date_format(row.reviewed_on)
    )
