"""Reads from the search index: full text on PostgreSQL, a simpler word match elsewhere.

Ranking reads every document it ranks, so ranking all matches would make a common word cost in
proportion to the index ("patent" matches 18,000 of the benchmark's 100,000 documents). A search
therefore ranks a bounded set of candidates, taken as the index yields them (asking for the newest
instead would read every match again): documents whose title matches first, and only when there
are no more than `CANDIDATES` of those, up to `CANDIDATES` more that match anywhere. Title matches
outrank text matches (the title is weighted A), and finding the text matches of a common word
means reading its whole posting list (110 ms for "patent register" among 1.3 million documents,
against 8 ms for the title matches). When more documents match than are ranked, the results say so
(`SearchResults.more`) and their counts are lower bounds: adding a word narrows the search.
"""

import dataclasses
import math
import operator
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property, reduce
from itertools import islice

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection, transaction
from django.db.models import BooleanField, Case, F, FloatField, IntegerField, Q, QuerySet, Value, When
from django.db.models.functions import Length
from django.utils.translation import get_language

from inspire.localtext import page_in_language
from inspire.search.acronyms import expansion
from inspire.search.languages import query_configs
from inspire.search.models import SearchDocument
from inspire.search.providers import kind_labels
from inspire.search.text import PREFIX_MIN_LENGTH, cjk_pairs, is_cjk, query_terms, word_pattern

CANDIDATES = 300
MATCHED_ALL = "all"
MATCHED_ANY = "any"

# A query as the database matches it: each clause is one word of the query, given as alternatives
# that each need all their words. A plain word is one alternative of one word; a known acronym adds
# its expansion: "pct" -> [["pct"], ["patent", "cooperation", "treaty"]]; a CJK word is its pairs.
Clause = list[list[str]]


def _clause(term: str) -> Clause:
    if is_cjk(term):
        return [cjk_pairs(term)]
    return [[term], expanded] if (expanded := expansion(term)) else [[term]]


@dataclass(frozen=True)
class _Query:
    text: str
    clauses: list[Clause]
    # The reader's language, and the text search configurations that read the query.
    language: str
    configs: list[str]


def _parsed(query: str, language: str | None) -> _Query:
    language = language or get_language() or settings.LANGUAGE_CODE
    return _Query(query, [_clause(term) for term in query_terms(query)], language, query_configs(language))


def highlight_terms(query: str) -> list[str]:
    """The words to mark in snippets: the query's, and the longer words of any acronym's expansion
    (marking every "to" of "freedom to operate" would mark half a page)."""
    terms = query_terms(query)
    extra = [word for term in terms for word in expansion(term) or () if len(word) >= PREFIX_MIN_LENGTH]
    return list(dict.fromkeys([*terms, *extra]))


@dataclass(frozen=True)
class Hit:
    """One ranked candidate: enough to sort, count and page without loading its text."""

    pk: int
    kind: str
    exact: bool
    # The title holds an acronym of the query or its expansion ("PCT", "Patent Cooperation Treaty").
    boost: bool
    rank: float
    published_at: datetime | None
    # The indexed object (content type, object id): one object has a document per language.
    item: tuple[int, str]
    # 0: the document is in the reader's language, 1: in English, 2: in another language.
    language_order: int

    def sort_key(self) -> tuple:
        newest_first = -self.published_at.timestamp() if self.published_at else math.inf
        return (not self.exact, self.language_order, not self.boost, -self.rank, newest_first, self.pk)


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
    # "all": every hit has every word; "any": none had, so these have at least one of them.
    matched: str = MATCHED_ALL

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


def _raw_term(term: str) -> str:
    # Words match as prefixes: half-typed and truncated technical terms still find things.
    return f"{term}:*" if len(term) >= PREFIX_MIN_LENGTH else term


def _tsquery(query: _Query, clauses: list[Clause] | None = None, *, any_word: bool = False) -> SearchQuery:
    """`clauses` (by default the query's) as read by each of the query's configurations, any of
    them matching: a French reader's "brevets" is stemmed as French and as English."""
    # Terms contain only letters and digits, so this raw tsquery cannot carry operators from users.
    raw = (" | " if any_word else " & ").join(
        "(" + " | ".join("(" + " & ".join(map(_raw_term, words)) + ")" for words in clause) + ")"
        for clause in (query.clauses if clauses is None else clauses)
    )
    return reduce(operator.or_, (SearchQuery(raw, search_type="raw", config=config) for config in query.configs))


def _regex_clause(clause: Clause, lookup: str) -> Q:
    alternatives = [Q(*[Q(**{lookup: word_pattern(word)}) for word in words]) for words in clause]
    return reduce(operator.or_, alternatives)


def _regex(clauses: list[Clause], lookup: str, *, any_word: bool = False) -> Q:
    return reduce(operator.or_ if any_word else operator.and_, (_regex_clause(c, lookup) for c in clauses))


def _matching(queryset: QuerySet, query: _Query, *, in_title: bool = False, any_word: bool = False):
    if connection.vendor == "postgresql":
        vector = "title_vector" if in_title else "search_vector"
        return queryset.filter(**{vector: _tsquery(query, any_word=any_word)})
    # The fallback folds accents in `plain_text` only; titles match as typed.
    lookup = "title__iregex" if in_title else "plain_text__regex"
    return queryset.filter(_regex(query.clauses, lookup, any_word=any_word))


def _rank(query: _Query, *, any_word: bool = False):
    if connection.vendor == "postgresql":
        return SearchRank(F("search_vector"), _tsquery(query, any_word=any_word))
    if any_word:
        # Any-word results are ranked by the words they hold (`_ranked_by_words`).
        return Value(0.0, output_field=FloatField())
    # The fallback's one ranking signal: every word is in the title.
    in_title = _regex(query.clauses, "title__iregex")
    return Case(When(in_title, then=Value(1.0)), default=Value(0.0), output_field=FloatField())


def _language_order(language: str) -> Case:
    """0 for documents in `language`, 1 for English ones, 2 for the rest."""
    return Case(
        When(language=language, then=Value(0)),
        When(language=settings.LANGUAGE_CODE, then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )


def _has_clause(query: _Query, clause: Clause, *, in_title: bool) -> Case:
    if connection.vendor == "postgresql":
        condition = Q(**{"title_vector" if in_title else "search_vector": _tsquery(query, [clause])})
    else:
        condition = _regex_clause(clause, "title__iregex" if in_title else "plain_text__regex")
    return Case(When(condition, then=True), default=False, output_field=BooleanField())


def _ranked_by_words(rows: list[tuple], clause_count: int) -> list[Hit]:
    """Any-word hits ranked by the words they hold, a rare word counting more than a common one
    (its inverse frequency among the candidates) and a word in the title twice: "legal status
    Kenya" puts Kenya's file, titled "Kenya", above the many pages that mention legal status. The
    full-text rank only breaks ties, so `rank` here is this score."""
    flags = [row[len(_COLUMNS) :] for row in rows]
    weights = []
    for i in range(clause_count):
        found = sum(1 for row in flags if row[clause_count + i])
        weights.append(math.log(1 + len(rows) / found) if found else 0.0)
    hits = []
    for row, flag in zip(rows, flags, strict=True):
        score = sum(
            weights[i] * (2 if flag[i] else 1) for i in range(clause_count) if flag[i] or flag[clause_count + i]
        )
        hit = _hit(row)
        hits.append(dataclasses.replace(hit, rank=score + min(hit.rank or 0.0, 1.0) / 100))
    return hits


def _acronym_in_title(query: _Query):
    """True when the title holds one of the query's acronyms or its expansion; False (no SQL to
    speak of) when the query has none."""
    acronyms = [clause for clause in query.clauses if len(clause) > 1]
    if not acronyms:
        return Value(False, output_field=BooleanField())
    if connection.vendor == "postgresql":
        condition = Q(title_vector=_tsquery(query, acronyms, any_word=True))
    else:
        condition = _regex(acronyms, "title__iregex", any_word=True)
    return Case(When(condition, then=True), default=False, output_field=BooleanField())


def _exact_title(query: str) -> Case:
    """True when the title is exactly what was typed: "Espacenet" before "LATIPAT-Espacenet"."""
    return Case(When(title__iexact=" ".join(query.split()), then=True), default=False, output_field=BooleanField())


_COLUMNS = ["pk", "kind", "exact", "boost", "rank", "published_at", "content_type_id", "object_id", "language_order"]


def _hit(row: tuple) -> Hit:
    pk, kind, exact, boost, rank, published_at, content_type_id, object_id, language_order = row[: len(_COLUMNS)]
    return Hit(pk, kind, exact, boost, rank, published_at, (content_type_id, object_id), language_order)


def _one_per_item(ranked: list, item=lambda hit: hit.item) -> list:
    """The best of each object's documents (the sort puts the reader's language first), in order;
    `item` names a document's object."""
    seen = set()
    return [row for row in ranked if not (item(row) in seen or seen.add(item(row)))]


def _candidates(visible: QuerySet, query: _Query, *, any_word: bool) -> tuple[list[Hit], int]:
    """The ranked hits, one per object, and how many documents were ranked."""
    ranked = visible.annotate(
        exact=_exact_title(query.text),
        boost=_acronym_in_title(query),
        rank=_rank(query, any_word=any_word),
        language_order=_language_order(query.language),
    )
    columns = list(_COLUMNS)
    if any_word:
        # Which words each candidate holds, in its title and anywhere: the ranking of any-word hits.
        clauses = list(enumerate(query.clauses))
        words = {f"title_has_{i}": _has_clause(query, clause, in_title=True) for i, clause in clauses}
        words |= {f"text_has_{i}": _has_clause(query, clause, in_title=False) for i, clause in clauses}
        ranked = ranked.annotate(**words)
        columns += list(words)
    in_title = _matching(ranked, query, in_title=True, any_word=any_word).values_list(*columns)
    anywhere = _matching(ranked, query, any_word=any_word).values_list(*columns)
    with _index_scans_only():
        rows = list(in_title[: CANDIDATES + 1])
        if len(rows) <= CANDIDATES:
            rows = list(dict.fromkeys([*rows, *anywhere[: CANDIDATES + 1]]))
    hits = _ranked_by_words(rows, len(query.clauses)) if any_word else [_hit(row) for row in rows]
    return _one_per_item(sorted(hits, key=Hit.sort_key)), len(rows)


def search(
    *, query: str, user, kind: str | None = None, language: str | None = None, any_word_fallback: bool = True
) -> SearchResults:
    """Documents the user may see that match every word of `query` (as word prefixes, short words
    whole; a known acronym or its expansion), best first: exact title, then the reader's language
    (`language`, by default the active one), then acronym in the title, then rank, then newest; one
    document per object, in the reader's language where it has one. When no document has every
    word, those with any of them (`matched == "any"`): one more query, and only for searches that
    found nothing."""
    parsed = _parsed(query, language)
    if not parsed.clauses:
        return SearchResults(hits=[], more=False)
    visible = SearchDocument.objects.visible_to(user)
    if kind:
        visible = visible.filter(kind=kind)
    hits, ranked = _candidates(visible, parsed, any_word=False)
    matched = MATCHED_ALL
    if not hits and len(parsed.clauses) > 1 and any_word_fallback:
        hits, ranked = _candidates(visible, parsed, any_word=True)
        matched = MATCHED_ANY
    # More than CANDIDATES rows: the title matches alone filled them, or `anywhere` was cut.
    return SearchResults(hits=hits, more=ranked > CANDIDATES, matched=matched)


def documents_for(hits: Iterable[Hit]) -> list[SearchDocument]:
    """The documents of `hits` in the same order, each with its `rank` and its address in the
    active language; text loaded, vectors not."""
    hits = list(hits)
    by_pk = SearchDocument.objects.only("kind", "language", "title", "body", "url", "published_at").in_bulk(
        [hit.pk for hit in hits]
    )
    language = get_language() or settings.LANGUAGE_CODE
    documents = []
    for hit in hits:
        if document := by_pk.get(hit.pk):
            document.rank = hit.rank
            document.url = page_in_language(document.url, language)
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


def suggestions(*, query: str, user, language: str | None = None, limit: int = 8) -> list[SearchDocument]:
    """Titles for as-you-type, one per object, in the reader's language where it has one: titles
    that start with what was typed, then other title matches (shorter first), then the best
    matches in the text."""
    parsed = _parsed(query, language)
    if not parsed.clauses:
        return []
    terms = query_terms(query)
    visible = SearchDocument.objects.visible_to(user)
    starts = Case(When(title__istartswith=terms[0], then=True), default=False, output_field=BooleanField())
    in_title = (
        _matching(visible, parsed, in_title=True)
        .annotate(
            starts=starts,
            exact=_exact_title(query),
            boost=_acronym_in_title(parsed),
            language_order=_language_order(parsed.language),
        )
        .order_by("-exact", "language_order", "-boost", "-starts", Length("title"), "pk")
        .only("kind", "language", "title", "url", "content_type_id", "object_id")
    )
    with _index_scans_only():
        # Each object can hold a title match per language: read enough rows for `limit` objects.
        rows = list(in_title[: limit * 3])
    found = _one_per_item(rows, item=lambda document: (document.content_type_id, document.object_id))[:limit]
    items = {(document.content_type_id, document.object_id) for document in found}
    for document in found:
        document.url = page_in_language(document.url, parsed.language)
    if len(found) < limit:
        # Suggestions complete what was typed: no any-word fallback while typing.
        hits = search(query=query, user=user, language=parsed.language, any_word_fallback=False).hits
        more = (hit for hit in hits if hit.item not in items)
        found += documents_for(islice(more, limit - len(found)))
    return found
