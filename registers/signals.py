"""Any saved or deleted jurisdiction, resource, recorded absence or membership (what the map and table
show), from services, the admin or a content import, retires the cached map, table counts and rows."""

from inspire.cache import retire_on_change
from registers.models import ColumnAbsence, Jurisdiction, Resource
from registers.selectors import CONTENT_VERSION_KEY


def connect() -> None:
    retire_on_change(CONTENT_VERSION_KEY, Jurisdiction, Resource, ColumnAbsence)
