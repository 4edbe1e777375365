"""Keep the index in step with the content: after each committed save or delete of an indexed
object (or of an object its entry depends on), re-sync the affected entries."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from inspire.search import services
from inspire.search.providers import SearchProvider, providers

_paused = ContextVar("search_syncing_paused", default=False)


@contextmanager
def syncing_paused():
    """Inside, saves leave the index alone: a bulk load saves thousands of rows, each of which would
    re-sync its object (a jurisdiction once per note), and rebuilds the whole index afterwards."""
    token = _paused.set(True)
    try:
        yield
    finally:
        _paused.reset(token)


def _on_save(provider: SearchProvider):
    def handler(sender, instance, raw=False, **kwargs):
        if raw or _paused.get():  # fixtures load raw rows; `search_reindex` handles those
            return
        transaction.on_commit(lambda: services.document_sync(provider=provider, obj=instance))

    return handler


def _on_delete(provider: SearchProvider):
    def handler(sender, instance, **kwargs):
        object_id = instance.pk
        transaction.on_commit(lambda: services.document_delete(provider=provider, object_id=object_id))

    return handler


def _on_dependency_change(provider: SearchProvider, affected):
    def handler(sender, instance, raw=False, **kwargs):
        if raw or _paused.get():
            return

        def resync():
            for obj in affected(instance):
                services.document_sync(provider=provider, obj=obj)

        transaction.on_commit(resync)

    return handler


def connect_providers() -> None:
    for provider in providers():
        uid = f"search:{provider.kind}"
        post_save.connect(_on_save(provider), sender=provider.model, weak=False, dispatch_uid=uid)
        post_delete.connect(_on_delete(provider), sender=provider.model, weak=False, dispatch_uid=uid)
        for model, affected in provider.dependencies.items():
            dep_uid = f"{uid}:{model._meta.label}"
            handler = _on_dependency_change(provider, affected)
            post_save.connect(handler, sender=model, weak=False, dispatch_uid=dep_uid)
