"""Reads from the search index: full text on PostgreSQL, a simpler word match elsewhere.

Ranking reads every document it ranks, so ranking all matches would make a common word cost in
proportion to the index ("patent" matches 18,000 of the benchmark's 100,000 documents). A search
therefore ranks a bounded set of candidates: up to `CANDIDATES` documents whose title matches and
up to `CANDIDATES` more that match anywhere, taken as the index yields them (asking for the newest
instead would read every match again). When more documents match than that, the results say so
(`SearchResults.more`) and their counts are lower bounds: adding a word narrows the search.
"""

import math
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from itertools import islice

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection, transaction
from django.db.models import BooleanField, Case, F, FloatField, Q, QuerySet, Value, When
from django.db.models.functions import Length

from inspire.search.models import SearchDocument
from inspire.search.providers import kind_labels
from inspire.search.text import PREFIX_MIN_LENGTH, query_terms, word_pattern

CANDIDATES = 300


@dataclass(frozen=True)
class Hit:
    """One ranked candidate: enough to sort, count and page without loading its text."""

    pk: int
    kind: str
    exact: bool
    rank: float
    published_at: datetime | None

    def sort_key(self) -> tuple:
        newest_first = -self.published_at.timestamp() if self.published_at else math.inf
        return (not self.exact, -self.rank, newest_first, self.pk)


@dataclass(frozen=True)
class Facet:
    kind: str
    label: str
    count: int
    # More documents of this kind may match than `count`: the search found more than it ranked.
    more: bool = False


@dataclass(frozen=True)
class SearchResults:
    hits: list[Hit]  # best first
    more: bool

    @property
    def total(self) -> int:
        return len(self.hits)

    def of_kind(self, kind: str) -> list[Hit]:
        return [hit for hit in self.hits if hit.kind == kind]

    @cached_property
    def facets(self) -> list[Facet]:
        labels = kind_labels()
        counts = Counter(hit.kind for hit in self.hits)
        ordered = [kind for kind in labels if kind in counts] + sorted(set(counts) - set(labels))
        return [Facet(kind, str(labels.get(kind, kind)), counts[kind], self.more) for kind in ordered]


@contextmanager
def _index_scans_only() -> Iterator[None]:
    """The planner prices a text match as cheap, but each one unpacks a whole search vector. Under a
    LIMIT it then prefers reading the table in order, testing row after row (up to 275 ms for a
    common word, against 15 ms through the GIN index). For this transaction, keep it on the indexes."""
    if connection.vendor != "postgresql":
        yield
        return
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
        yield


def _tsquery(terms: list[str]) -> SearchQuery:
    # Terms contain only letters and digits, so this raw tsquery cannot carry operators from users.
    # Words match as prefixes: half-typed and truncated technical terms still find things.
    raw = " & ".join(f"{term}:*" if len(term) >= PREFIX_MIN_LENGTH else term for term in terms)
    return SearchQuery(raw, search_type="raw", config="inspire")


def _matching(queryset: QuerySet, terms: list[str], *, in_title: bool = False) -> QuerySet:
    if connection.vendor == "postgresql":
        return queryset.filter(**{"title_vector" if in_title else "search_vector": _tsquery(terms)})
    # The fallback folds accents in `plain_text` only; titles match as typed.
    lookup = "title__iregex" if in_title else "plain_text__regex"
    return queryset.filter(*[Q(**{lookup: word_pattern(term)}) for term in terms])


def _rank(terms: list[str]):
    if connection.vendor == "postgresql":
        return SearchRank(F("search_vector"), _tsquery(terms))
    # The fallback's one ranking signal: every word is in the title.
    in_title = Q(*[Q(title__iregex=word_pattern(term)) for term in terms])
    return Case(When(in_title, then=Value(1.0)), default=Value(0.0), output_field=FloatField())


def _exact_title(query: str) -> Case:
    """True when the title is exactly what was typed: "Espacenet" before "LATIPAT-Espacenet"."""
    return Case(When(title__iexact=" ".join(query.split()), then=True), default=False, output_field=BooleanField())


def search(*, query: str, user, kind: str | None = None) -> SearchResults:
    """Documents the user may see that match every word of `query` (as word prefixes, short words
    whole), best first: exact title, then rank, then newest."""
    terms = query_terms(query)
    if not terms:
        return SearchResults(hits=[], more=False)
    visible = SearchDocument.objects.visible_to(user)
    if kind:
        visible = visible.filter(kind=kind)
    columns = ("pk", "kind", "exact", "rank", "published_at")
    visible = visible.annotate(exact=_exact_title(query), rank=_rank(terms))
    in_title = _matching(visible, terms, in_title=True).values_list(*columns)[:CANDIDATES]
    anywhere = _matching(visible, terms).values_list(*columns)[: CANDIDATES + 1]
    with _index_scans_only():
        if connection.features.supports_slicing_ordering_in_compound:
            rows = list(in_title.union(anywhere))
        else:
            rows = {*in_title, *anywhere}
    hits = sorted((Hit(*row) for row in rows), key=Hit.sort_key)
    # Title matches are matches too, so the union outgrows CANDIDATES only if `anywhere` was cut.
    return SearchResults(hits=hits, more=len(hits) > CANDIDATES)


def documents_for(hits: Iterable[Hit]) -> list[SearchDocument]:
    """The documents of `hits` in the same order, each with its `rank`; text loaded, vectors not."""
    hits = list(hits)
    by_pk = SearchDocument.objects.only("kind", "title", "body", "url", "published_at").in_bulk(
        [hit.pk for hit in hits]
    )
    documents = []
    for hit in hits:
        if document := by_pk.get(hit.pk):
            document.rank = hit.rank
            documents.append(document)
    return documents


def grouped_results(results: SearchResults, *, per_group: int) -> list[tuple[Facet, list[SearchDocument]]]:
    """The best `per_group` documents of each kind with each kind's count, for the "everything"
    view; the kind holding the best match comes first."""
    best: dict[str, list[Hit]] = {}
    for hit in results.hits:
        group = best.setdefault(hit.kind, [])
        if len(group) < per_group:
            group.append(hit)
    documents = {document.pk: document for document in documents_for(h for group in best.values() for h in group)}
    facets = {facet.kind: facet for facet in results.facets}
    return [(facets[kind], [documents[hit.pk] for hit in hits if hit.pk in documents]) for kind, hits in best.items()]


def suggestions(*, query: str, user, limit: int = 8) -> list[SearchDocument]:
    """Titles for as-you-type: titles that start with what was typed, then other title matches
    (shorter first), then the best matches in the text."""
    terms = query_terms(query)
    if not terms:
        return []
    visible = SearchDocument.objects.visible_to(user)
    starts = Case(When(title__istartswith=terms[0], then=True), default=False, output_field=BooleanField())
    in_title = (
        _matching(visible, terms, in_title=True)
        .annotate(starts=starts, exact=_exact_title(query))
        .order_by("-exact", "-starts", Length("title"), "pk")
        .only("kind", "title", "url")
    )
    with _index_scans_only():
        found = list(in_title[:limit])
    if len(found) < limit:
        shown = {document.pk for document in found}
        more = (hit for hit in search(query=query, user=user).hits if hit.pk not in shown)
        found += documents_for(islice(more, limit - len(found)))
    return found
