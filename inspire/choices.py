"""Choice labels for lists that show hundreds of them."""

from django.db import models


def choice_label(choices: type[models.Choices], value) -> str:
    """What `get_FOO_display()` returns for `value`, without its cost: Django's hashes every lazy label
    of the field, translating each, to find one. Models override their hot `get_FOO_display` with it."""
    try:
        return str(choices(value).label)
    except ValueError:
        return value
