"""Three states for every recorded yes/no fact: yes, recorded as no, and not recorded.

"Not recorded" means nobody has checked; it is never shown or counted as "no".
"""

from enum import StrEnum

from django.utils.translation import gettext_lazy as _


class Fact(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"

    @classmethod
    def of(cls, value: "bool | Fact | None") -> "Fact":
        if isinstance(value, Fact):
            return value
        if value is None:
            return cls.UNKNOWN
        return cls.YES if value else cls.NO

    @property
    def label(self) -> str:
        return str(LABELS[self])

    @property
    def symbol(self) -> str:
        return SYMBOLS[self]


LABELS = {Fact.YES: _("Yes"), Fact.NO: _("No"), Fact.UNKNOWN: _("Not recorded")}
SYMBOLS = {Fact.YES: "✓", Fact.NO: "✗", Fact.UNKNOWN: "?"}
