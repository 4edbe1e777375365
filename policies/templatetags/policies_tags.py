from django import template
from django.urls import reverse
from django.utils.html import format_html_join

from inspire.templatetags.inspire_tags import compare_pick

register = template.Library()

ROW = (
    '<tr><th scope="row"><a href="{}">{}</a></th><td><a href="{}">{}</a></td><td><a href="{}">{}</a></td>'
    "<td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>"
)


@register.simple_tag
def policy_rows(policies) -> str:
    """The policy list's rows (title, institution, country, type, year, language, compare tick), built
    in Python: a template row of a dozen tags was most of the page's time."""
    return format_html_join("", ROW, (_row_arguments(policy) for policy in policies))


def _row_arguments(policy) -> tuple:
    institution = policy.institution
    return (
        policy.get_absolute_url(),
        policy.title,
        institution.get_absolute_url(),
        institution.name,
        reverse("policies:country", args=[institution.country.code]),
        institution.country.name,
        policy.get_policy_type_display(),
        policy.year or "—",
        policy.language_name,
        compare_pick("p", policy.pk, policy.title),
    )
