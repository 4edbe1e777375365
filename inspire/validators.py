"""Validators every text input of the site shares."""

import re

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

# C0 control characters other than tab, line feed and carriage return; NUL has Django's own validator.
CONTROL_CHARACTER = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f]")


def validate_no_control_characters(value: object) -> None:
    """Refuses control characters: nobody types them, and XML (so .docx) and many other formats cannot hold them."""
    if not isinstance(value, str):
        return
    found = CONTROL_CHARACTER.search(value)
    if found:
        raise ValidationError(
            _("Remove the control character U+%(code)s from this text."),
            code="control_character",
            params={"code": f"{ord(found.group()):04X}"},
        )


@deconstructible
class ChoiceListValidator:
    """A JSON list whose every item is one of the allowed values (list fields that work on SQLite too)."""

    def __init__(self, allowed):
        self.allowed = sorted(allowed)

    def __call__(self, value) -> None:
        if not isinstance(value, list) or not set(value) <= set(self.allowed):
            raise ValidationError(
                _("Give a list of: %(allowed)s."), code="invalid_choice", params={"allowed": ", ".join(self.allowed)}
            )

    def __eq__(self, other) -> bool:
        return isinstance(other, ChoiceListValidator) and self.allowed == other.allowed
