from django import template
from django.utils.html import format_html

from etisc import selectors
from etisc.avatars import avatar_colour, avatar_initials

register = template.Library()


@register.simple_tag(takes_context=True)
def etisc_unread_count(context) -> int:
    user = context["request"].user
    if not user.is_authenticated:
        return 0
    return selectors.unread_notification_count(user=user)


@register.filter
def get_item(mapping, key):
    """`{{ read|get_item:topic.pk }}`: None when the mapping or the key is missing."""
    return (mapping or {}).get(key)


@register.filter
def can_view_history(access, post) -> bool:
    """`{% if access|can_view_history:post %}`: the permission rule, for a post in a loop."""
    return access.can_view_history(post)


@register.simple_tag
def etisc_avatar(user) -> str:
    """`{% etisc_avatar post.author %}`: the member's initials in a circle; screen readers read the name beside it."""
    return format_html(
        '<span class="etisc-avatar etisc-avatar-{}" aria-hidden="true">{}</span>',
        avatar_colour(user.username),
        avatar_initials(user.display_name),
    )
