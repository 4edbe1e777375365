"""Writes to the search index. Signals call `document_sync`; `index_rebuild` redoes everything, or
the kinds of entry a content load touched."""

from collections.abc import Collection

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchVector
from django.db import connection, transaction
from django.db.models import F, Func, TextField, Value
from django.db.models.functions import Concat

from inspire.search.languages import CONFIGS
from inspire.search.models import SearchDocument
from inspire.search.providers import IndexEntry, SearchProvider, providers
from inspire.search.text import fold

MAX_BODY_LENGTH = 20_000
BATCH_SIZE = 1000


class CjkPairs(Func):
    """The CJK character pairs of a text (`inspire_cjk_pairs`, see the search migrations)."""

    function = "inspire_cjk_pairs"
    output_field = TextField()


def _indexed(field: str):
    # The text and its CJK pairs ("" for text without CJK), so Chinese is found mid-word.
    return Concat(F(field), Value(" "), CjkPairs(F(field)), output_field=TextField())


def _vectors_update(queryset, languages=CONFIGS) -> None:
    """Recompute the vectors of `queryset`'s documents in `languages`, each language with its own
    configuration: one UPDATE per language."""
    if connection.vendor != "postgresql":
        return
    for language in languages:
        config = CONFIGS[language]
        queryset.filter(language=language).update(
            search_vector=SearchVector(_indexed("title"), weight="A", config=config)
            + SearchVector(_indexed("body"), weight="B", config=config),
            title_vector=SearchVector(_indexed("title"), config=config),
        )


def _document_fields(provider: SearchProvider, entry: IndexEntry, language: str) -> dict:
    body = (entry.body or "")[:MAX_BODY_LENGTH]
    return {
        "kind": provider.kind,
        "language": language,
        "title": entry.title[:300],
        "body": body,
        "url": entry.url,
        "plain_text": "" if connection.vendor == "postgresql" else fold(f"{entry.title} {body}"),
        "restricted_to_group": entry.restricted_to_group,
        "published_at": entry.published_at,
    }


@transaction.atomic
def document_sync(*, provider: SearchProvider, obj) -> list[SearchDocument]:
    """Bring the index entries of one object in line with the object: create, update or remove its
    document in each language. Returns the documents it now has, English first."""
    content_type = ContentType.objects.get_for_model(provider.model)
    entries = provider.entries(obj)
    mine = SearchDocument.objects.filter(content_type=content_type, object_id=str(obj.pk))
    mine.exclude(language__in=entries).delete()
    documents = [
        SearchDocument.objects.update_or_create(
            content_type=content_type,
            object_id=str(obj.pk),
            language=language,
            defaults=_document_fields(provider, entry, language),
        )[0]
        for language, entry in entries.items()
    ]
    _vectors_update(mine, languages=entries)
    return documents


@transaction.atomic
def document_delete(*, provider: SearchProvider, object_id) -> None:
    content_type = ContentType.objects.get_for_model(provider.model)
    SearchDocument.objects.filter(content_type=content_type, object_id=str(object_id)).delete()


@transaction.atomic
def index_rebuild(kinds: Collection[str] | None = None) -> int:
    """Replace the index entries of every provider, or of the providers of `kinds` only, with fresh
    ones. Returns the number of documents written."""
    total = 0
    rebuilt = []
    for provider in providers():
        if kinds is not None and provider.kind not in kinds:
            continue
        content_type = ContentType.objects.get_for_model(provider.model)
        rebuilt.append(content_type)
        SearchDocument.objects.filter(content_type=content_type).delete()
        batch = []
        for obj in provider.queryset().iterator(chunk_size=BATCH_SIZE):
            for language, entry in provider.entries(obj).items():
                fields = _document_fields(provider, entry, language)
                batch.append(SearchDocument(content_type=content_type, object_id=str(obj.pk), **fields))
            if len(batch) >= BATCH_SIZE:
                SearchDocument.objects.bulk_create(batch)
                total += len(batch)
                batch = []
        SearchDocument.objects.bulk_create(batch)
        total += len(batch)
    _vectors_update(SearchDocument.objects.filter(content_type__in=rebuilt))
    return total
