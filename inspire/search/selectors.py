"""Reads from the search index: full text on PostgreSQL, a simpler word match elsewhere."""

from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import Case, Count, F, IntegerField, Q, QuerySet, Value, When, Window
from django.db.models.functions import RowNumber

from inspire.search.models import SearchDocument
from inspire.search.providers import kind_labels
from inspire.search.text import fold, query_terms


@dataclass
class Facet:
    kind: str
    label: str
    count: int


def _exact_title(query: str) -> Case:
    """1 when the title is exactly what was typed: "Espacenet" before "LATIPAT-Espacenet"."""
    return Case(When(title__iexact=" ".join(query.split()), then=1), default=0, output_field=IntegerField())


def _postgres_matches(queryset: QuerySet, terms: list[str]) -> QuerySet:
    # Terms contain only letters and digits, so this raw tsquery cannot carry operators from users.
    # Every word matches as a prefix: half-typed and truncated technical terms still find things.
    raw = " & ".join(f"{term}:*" for term in terms)
    query = SearchQuery(raw, search_type="raw", config="inspire")
    return (
        queryset.filter(search_vector=query)
        .annotate(rank=SearchRank(F("search_vector"), query))
        .order_by("-rank", "-published_at", "pk")
    )


def _fallback_matches(queryset: QuerySet, terms: list[str]) -> QuerySet:
    for term in terms:
        queryset = queryset.filter(plain_text__contains=term)
    return queryset.annotate(rank=Value(0.0)).order_by("-published_at", "pk")


def documents_matching(*, query: str, user, kind: str | None = None) -> QuerySet:
    """Documents the user may see that match every word of `query`, each as a word prefix."""
    terms = query_terms(query)
    if not terms:
        return SearchDocument.objects.none()
    queryset = SearchDocument.objects.visible_to(user).defer("plain_text", "search_vector")
    if kind:
        queryset = queryset.filter(kind=kind)
    queryset = queryset.annotate(exact=_exact_title(query))
    if connection.vendor == "postgresql":
        return _postgres_matches(queryset, terms).order_by("-exact", "-rank", "-published_at", "pk")
    return _fallback_matches(queryset, terms).order_by("-exact", "-published_at", "pk")


def facets_for(*, query: str, user) -> list[Facet]:
    labels = kind_labels()
    rows = documents_matching(query=query, user=user).order_by().values("kind").annotate(count=Count("id"))
    counts = {row["kind"]: row["count"] for row in rows}
    ordered = [kind for kind in labels if kind in counts] + sorted(set(counts) - set(labels))
    return [Facet(kind, str(labels.get(kind, kind)), counts[kind]) for kind in ordered]


def grouped_results(*, query: str, user, per_group: int) -> list[tuple[Facet, list[SearchDocument]]]:
    """The best `per_group` documents of each kind with each kind's total, in one scan of the
    matches (window functions), for the "everything" view of the search page."""
    labels = kind_labels()
    ranked = (
        documents_matching(query=query, user=user)
        .annotate(
            position=Window(
                RowNumber(),
                partition_by=[F("kind")],
                order_by=[
                    F("exact").desc(),
                    F("rank").desc(),
                    F("published_at").desc(nulls_last=True),
                    F("pk").asc(),
                ],
            ),
            kind_total=Window(Count("pk"), partition_by=[F("kind")]),
        )
        .filter(position__lte=per_group)
    )
    by_kind: dict[str, list[SearchDocument]] = {}
    for document in ranked:
        by_kind.setdefault(document.kind, []).append(document)
    groups = [
        (
            Facet(kind, str(labels.get(kind, kind)), documents[0].kind_total),
            sorted(documents, key=lambda document: document.position),
        )
        for kind, documents in by_kind.items()
    ]
    # The kind holding the best match comes first.
    return sorted(groups, key=lambda group: (-group[1][0].exact, -group[1][0].rank, group[0].label))


def suggestions(*, query: str, user, limit: int = 8) -> list[SearchDocument]:
    """Titles for as-you-type: titles that start with what was typed, then other title matches
    (shorter first), then the best matches in the text."""
    terms = query_terms(query)
    if not terms:
        return []
    matches = documents_matching(query=query, user=user).only("kind", "title", "url")
    title_hits = list(matches.filter(Q(*[Q(title__icontains=t) for t in terms]))[: limit * 3])
    title_hits.sort(key=lambda d: (not fold(d.title).startswith(terms[0]), len(d.title)))
    found = title_hits[:limit]
    if len(found) < limit:
        found += list(matches.exclude(pk__in=[d.pk for d in found])[: limit - len(found)])
    return found
