"""Keep the index in step with the content: after each committed save or delete of an indexed
object (or of an object its entry depends on), re-sync the affected entries."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from inspire.search import services
from inspire.search.providers import SearchProvider, providers

# While content is bulk-loaded: the kinds of entry whose objects were saved or deleted, collected
# instead of synced one by one. None outside a load.
_touched: ContextVar[set[str] | None] = ContextVar("search_touched_kinds", default=None)


@contextmanager
def syncing_paused():
    """Inside, saves and deletes leave the index alone and only note which kinds of entry they
    touched; the set is yielded so the loader can re-index just those kinds afterwards. A bulk load
    saves thousands of rows, each of which would re-sync its object (a jurisdiction once per note),
    and the forum's hundreds of thousands of posts must not be re-indexed for a content change."""
    touched: set[str] = set()
    token = _touched.set(touched)
    try:
        yield touched
    finally:
        _touched.reset(token)


def _noted(provider: SearchProvider) -> bool:
    """During a bulk load: note that `provider`'s entries changed, and say so."""
    touched = _touched.get()
    if touched is None:
        return False
    touched.add(provider.kind)
    return True


def _on_save(provider: SearchProvider):
    def handler(sender, instance, raw=False, **kwargs):
        if raw or _noted(provider):  # fixtures load raw rows; `search_reindex` handles those
            return
        transaction.on_commit(lambda: services.document_sync(provider=provider, obj=instance))

    return handler


def _on_delete(provider: SearchProvider):
    def handler(sender, instance, **kwargs):
        if _noted(provider):
            return
        object_id = instance.pk
        transaction.on_commit(lambda: services.document_delete(provider=provider, object_id=object_id))

    return handler


def _on_dependency_change(provider: SearchProvider, affected):
    def handler(sender, instance, raw=False, **kwargs):
        if raw or _noted(provider):
            return

        def resync():
            for obj in affected(instance):
                services.document_sync(provider=provider, obj=obj)

        transaction.on_commit(resync)

    return handler


def _on_dependency_delete(provider: SearchProvider):
    def handler(sender, instance, **kwargs):
        _noted(provider)

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
            # A pruned note or resource changes its jurisdiction's entry too.
            post_delete.connect(_on_dependency_delete(provider), sender=model, weak=False, dispatch_uid=dep_uid)
