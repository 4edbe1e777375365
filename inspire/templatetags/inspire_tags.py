import functools
import re

from django import template
from django.conf import settings
from django.forms.utils import flatatt
from django.urls import translate_url
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _

from inspire.facts import Fact
from inspire.localtext import LocalText, local_text, page_in_language
from inspire.markdown import render_markdown
from inspire.sections import section

register = template.Library()


@register.simple_tag
def local(obj, field: str) -> LocalText:
    """`{% local note "text" as text %}`: the curated text in the reader's language, or English."""
    return local_text(obj, field)


@register.simple_tag
def local_paragraph(obj, field: str, css_class: str = ""):
    """A curated plain-text field as a paragraph in the reader's language; English, marked as such
    (for screen readers too) with a visible note, where no translation is recorded."""
    text = local_text(obj, field)
    attrs = {"class": css_class} if css_class else {}
    if not text.english_only:
        return format_html("<p{}>{}</p>", flatatt(attrs), text.text)
    note = _("English only: not translated yet.")
    return format_html('<p{}>{}</p><p class="english-only">{}</p>', flatatt({**attrs, "lang": "en"}), text.text, note)


@register.simple_tag
def local_markdown(obj, field: str):
    """A curated Markdown field rendered in the reader's language; English, marked as such, with a
    visible note, where no translation is recorded."""
    text = local_text(obj, field)
    html = _markdown_html(text.text, get_language())
    if not text.english_only:
        return html
    note = _("English only: not translated yet.")
    return format_html('<div lang="en">{}</div><p class="english-only">{}</p>', html, note)


@register.simple_tag(takes_context=True)
def language_links(context) -> list[dict]:
    """This page in every language the hub speaks: for the switcher and the hreflang alternates.
    Links, not a POST form, so a page carries no per-visitor token and stays cacheable."""
    request = context["request"]
    current = get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        url = translate_url(request.get_full_path(), code)
        links.append(
            {
                "code": code,
                "name_local": get_language_info(code)["name_local"],
                "url": url,
                "absolute_url": request.build_absolute_uri(url),
                "current": code == current,
            }
        )
    return links


@register.filter(name="markdown")
def markdown_filter(text: str) -> str:
    return _markdown_html(text, get_language())


# A link to one of the site's own pages, written as its English address: "[France](/registers/FR/)".
_SITE_LINK = re.compile(r'href="(/(?!/)[^"]*)"')


@functools.lru_cache(maxsize=4096)
def _markdown_html(text: str, language: str | None) -> str:
    """Kept per text and language in each process: the same curated texts are shown on every
    request, and rendering them was most of the time of the toolkit and database pages. Links to the
    site's pages lead to the same page in the reader's language."""
    # render_markdown sanitizes with nh3, so the result is safe to mark as such.
    html = render_markdown(text)
    if language and language != settings.LANGUAGE_CODE:
        html = _SITE_LINK.sub(lambda link: f'href="{page_in_language(link[1], language)}"', html)
    return mark_safe(html)  # noqa: S308  # nosec B308 B703


@register.simple_tag(name="section")
def section_tag(app_label: str):
    return section(app_label)


@register.simple_tag(takes_context=True)
def query_transform(context, **changes) -> str:
    """The current query string with some parameters replaced (None removes one); keeps filters on paging links."""
    params = context["request"].GET.copy()
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = value
    return params.urlencode()


@register.simple_tag
def fact(value, label: str = ""):
    """A yes / recorded-no / not-recorded mark with its words; `label` replaces the words for yes.
    Built in Python, not an included template, and kept per language: tables show hundreds of these."""
    state = Fact.of(value)
    return _fact_html(state, str(label) if label and state == Fact.YES else "", get_language())


@functools.lru_cache(maxsize=512)
def _fact_html(state: Fact, label: str, language: str) -> str:
    return format_html(
        '<span class="fact fact-{}"><span class="fact-symbol" aria-hidden="true">{}</span> {}</span>',
        state,
        state.symbol,
        label or state.label,
    )


@register.simple_tag
def select(bound_field):
    """A choice field's <select>, built in Python. Django renders each <option> as its own template,
    and even `format_html` per option costs most of a filter page whose selects list every country
    or language, so the options are escaped and joined directly."""
    field, widget = bound_field.field, bound_field.field.widget
    choices = list(field.choices)
    if any(isinstance(label, (list, tuple)) for _value, label in choices):
        return str(bound_field)  # option groups: leave them to Django's widget
    value = bound_field.value()
    values = value if isinstance(value, (list, tuple)) else [value]
    selected = {str(v) for v in values if v not in (None, "")}
    attrs = widget.build_attrs(widget.attrs, {"name": bound_field.html_name, "id": bound_field.auto_id})
    attrs = bound_field.build_widget_attrs(attrs, widget)
    if widget.allow_multiple_selected:
        attrs["multiple"] = True
    options = []
    for choice_value, label in choices:
        choice_value = "" if choice_value is None else str(choice_value)
        mark = " selected" if choice_value in selected else ""
        options.append(f'<option value="{escape(choice_value)}"{mark}>{escape(label)}</option>')
    return format_html("<select{}>{}</select>", flatatt(attrs), mark_safe("".join(options)))  # noqa: S308  # nosec B308 B703


@register.simple_tag
def compare_pick(name: str, value, label) -> str:
    """The "Compare …" tick of a list row or card, built in Python: lists show one per row."""
    words = _("Compare %(name)s") % {"name": label}
    return format_html(
        '<label class="compare-pick"><input type="checkbox" class="compare-tick" name="{}" value="{}"> {}</label>',
        name,
        value,
        words,
    )


FACET_OPTION = '<li><label><input type="checkbox" name="{}" value="{}"{}> {}{}</label></li>'
FACET_COUNT = ' <span class="count">({})</span>'


@register.simple_tag
def facet_options(param: str, options, selected) -> str:
    """A facet's checkboxes, (value, label, count) each, ticked where selected; a count of None
    shows none. Built in Python: the jurisdiction facet alone lists a hundred or more."""
    ticked = {str(value) for value in selected or ()}
    return format_html_join(
        "",
        FACET_OPTION,
        (
            (
                param,
                value,
                " checked" if str(value) in ticked else "",
                label,
                format_html(FACET_COUNT, count) if count is not None else "",
            )
            for value, label, count in options
        ),
    )


@register.inclusion_tag("components/fact_legend.html")
def fact_legend():
    return {"states": list(Fact)}


# Query parameters that page, order or search the results rather than filter them.
NOT_FILTERS = frozenset({"page", "sort", "q", "order", "per_page"})


def active_filter_count(query) -> int:
    """How many filter values the query holds: each non-empty value of a filtering parameter."""
    return sum(1 for key, values in query.lists() if key not in NOT_FILTERS for value in values if value.strip())


class FiltersToggleNode(template.Node):
    def __init__(self, nodelist, open_when=None):
        self.nodelist = nodelist
        self.open_when = open_when

    def render(self, context):
        request = context.get("request")
        active = active_filter_count(request.GET) if request is not None else 0
        component = context.template.engine.get_template("components/filters_toggle.html")
        is_open = bool(self.open_when.resolve(context)) if self.open_when is not None else False
        with context.push(filters=self.nodelist.render(context), active_filters=active, filters_open=is_open):
            return component.render(context)


@register.tag
def filters_toggle(parser, token):
    """`{% filters_toggle %}<form>…</form>{% endfilters_toggle %}`: on a phone the filters fold behind a
    "Filters (N)" button, N the active filters; on a wide screen they are open beside the results.
    `{% filters_toggle open=invalid %}` keeps them open when the filters need fixing."""
    bits = token.split_contents()[1:]
    open_when = None
    for bit in bits:
        name, _, value = bit.partition("=")
        if name != "open" or not value:
            raise template.TemplateSyntaxError("filters_toggle takes only open=<condition>")
        open_when = parser.compile_filter(value)
    nodelist = parser.parse(("endfilters_toggle",))
    parser.delete_first_token()
    return FiltersToggleNode(nodelist, open_when)
