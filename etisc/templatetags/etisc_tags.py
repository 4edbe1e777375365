from django import template

from etisc import selectors

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
