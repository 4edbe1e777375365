"""Any saved or deleted jurisdiction, resource, recorded absence or membership (what the map and table
show), from services, the admin or a content import, retires the cached map and table."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from registers import services
from registers.models import ColumnAbsence, Jurisdiction, Resource


def _content_changed(sender, **kwargs) -> None:
    services.content_changed()


def connect() -> None:
    for model in (Jurisdiction, Resource, ColumnAbsence):
        post_save.connect(_content_changed, sender=model, dispatch_uid=f"registers.changed.save.{model.__name__}")
        post_delete.connect(_content_changed, sender=model, dispatch_uid=f"registers.changed.delete.{model.__name__}")
    m2m_changed.connect(
        _content_changed, sender=Jurisdiction.memberships.through, dispatch_uid="registers.changed.memberships"
    )
