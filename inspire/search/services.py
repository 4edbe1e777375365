"""Writes to the search index. Signals call `document_sync`; `index_rebuild` redoes everything."""

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchVector
from django.db import connection, transaction

from inspire.search.models import SearchDocument
from inspire.search.providers import SearchProvider, providers
from inspire.search.text import fold

MAX_BODY_LENGTH = 20_000
BATCH_SIZE = 1000


def _vector():
    return SearchVector("title", weight="A", config="inspire") + SearchVector("body", weight="B", config="inspire")


def _vectors_update(queryset) -> None:
    if connection.vendor == "postgresql":
        queryset.update(search_vector=_vector(), title_vector=SearchVector("title", config="inspire"))


def _document_fields(provider: SearchProvider, obj) -> dict | None:
    entry = provider.entry(obj)
    if entry is None:
        return None
    body = (entry.body or "")[:MAX_BODY_LENGTH]
    return {
        "kind": provider.kind,
        "title": entry.title[:300],
        "body": body,
        "url": entry.url,
        "plain_text": "" if connection.vendor == "postgresql" else fold(f"{entry.title} {body}"),
        "restricted_to_group": entry.restricted_to_group,
        "published_at": entry.published_at,
    }


@transaction.atomic
def document_sync(*, provider: SearchProvider, obj) -> SearchDocument | None:
    """Bring the index entry of one object in line with the object: create, update or remove it."""
    content_type = ContentType.objects.get_for_model(provider.model)
    fields = _document_fields(provider, obj)
    if fields is None:
        SearchDocument.objects.filter(content_type=content_type, object_id=str(obj.pk)).delete()
        return None
    document, _ = SearchDocument.objects.update_or_create(
        content_type=content_type, object_id=str(obj.pk), defaults=fields
    )
    _vectors_update(SearchDocument.objects.filter(pk=document.pk))
    return document


@transaction.atomic
def document_delete(*, provider: SearchProvider, object_id) -> None:
    content_type = ContentType.objects.get_for_model(provider.model)
    SearchDocument.objects.filter(content_type=content_type, object_id=str(object_id)).delete()


@transaction.atomic
def index_rebuild() -> int:
    """Replace the whole index with fresh entries from every provider. Returns the document count."""
    total = 0
    for provider in providers():
        content_type = ContentType.objects.get_for_model(provider.model)
        SearchDocument.objects.filter(content_type=content_type).delete()
        batch = []
        for obj in provider.queryset().iterator(chunk_size=BATCH_SIZE):
            fields = _document_fields(provider, obj)
            if fields is not None:
                batch.append(SearchDocument(content_type=content_type, object_id=str(obj.pk), **fields))
            if len(batch) >= BATCH_SIZE:
                SearchDocument.objects.bulk_create(batch)
                total += len(batch)
                batch = []
        SearchDocument.objects.bulk_create(batch)
        total += len(batch)
    _vectors_update(SearchDocument.objects.all())
    return total
