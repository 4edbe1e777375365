"""Reads for pages and the API: browse with facets, detail, compare matrix, guided finder."""

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeAlias

from django.db.models import Count, Prefetch, QuerySet
from django.http import QueryDict
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from databases.features import FeatureGroup, features_in_group
from databases.filters import DatabaseFilter
from databases.models import Comment, Coverage, DatabaseFeature, DatabaseQuerySet, Follow, PatentDatabase, Rating
from inspire.accounts.models import User, Visitor, is_curator
from inspire.cache import cached_per_version
from inspire.facts import Fact
from inspire.filters import Relaxation, filter_relaxations, selection_key
from inspire.jurisdictions import all_jurisdictions

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

# A facet's choice: its value, its label and how many results have it (None: not counted).
FacetOption: TypeAlias = "tuple[str, StrOrPromise, int | None]"

# Retired by any write to databases, their features or coverage (databases.apps): cached facet counts follow.
CONTENT_VERSION_KEY = "databases:content-version"
COMPARE_MIN = 2
COMPARE_MAX = 4


def database_count() -> int:
    return PatentDatabase.objects.published().count()


def database_exists(*, slug: str) -> bool:
    return PatentDatabase.objects.filter(slug=slug).exists()


def covered_jurisdiction_codes() -> set[str]:
    """Every jurisdiction some published database records coverage for. Kept per content version: the
    finder's form and its answer both ask, and it changes only with the coverage."""
    return cached_per_version(
        CONTENT_VERSION_KEY,
        "databases:covered-jurisdictions",
        None,
        lambda: set(
            Coverage.objects.covered()
            .filter(database__is_published=True)
            .order_by()
            .values_list("jurisdiction", flat=True)
            .distinct()
        ),
    )


def covered_jurisdiction_choices() -> list[tuple[str, str]]:
    """(code, name) of every jurisdiction some published database records coverage for, by name."""
    names = all_jurisdictions()
    codes = covered_jurisdiction_codes()
    return sorted(((code, names.get(code, code)) for code in codes), key=lambda choice: choice[1])


def finder_jurisdiction_choices(asked: list[str]) -> list[tuple[str, str]]:
    """The finder's jurisdictions: every one some database records coverage for, and any other real
    jurisdiction the searcher asked for (from a link or an old form), which the answer then says no
    report records and points to that office's own services."""
    choices = covered_jurisdiction_choices()
    offered = covered_jurisdiction_codes()
    names = all_jurisdictions()
    extra = [(code, names[code]) for code in dict.fromkeys(asked) if code in names and code not in offered]
    return choices + extra


def database_choices(slugs: list[str] | None = None) -> list[tuple[str, str]]:
    """(slug, name) of every published database, for pickers; of those among `slugs` only, to check a
    comparison asked for, so that checking it does not grow with the catalogue."""
    databases = PatentDatabase.objects.published()
    if slugs is not None:
        databases = databases.filter(slug__in=slugs)
    return list(databases.order_by("name").values_list("slug", "name"))


def _visible(user: Visitor | None) -> DatabaseQuerySet:
    """Databases a visitor may see (curators also see unpublished drafts), and nothing more."""
    queryset = PatentDatabase.objects.all()
    if not sees_drafts(user):
        queryset = queryset.published()
    return queryset


def sees_drafts(user: Visitor | None) -> bool:
    """Curators also see unpublished drafts."""
    return is_curator(user)


def list_key(request) -> dict:
    """What a list's total depends on: the selection, and whether the visitor also sees drafts."""
    return {"databases": selection_key(request.GET), "drafts": sees_drafts(request.user)}


def database_queryset(*, user: Visitor | None = None) -> QuerySet[PatentDatabase]:
    """Databases a visitor may see, with what cards show."""
    return _visible(user).with_stats().order_by("name")


def database_filter(*, params, user: Visitor | None = None) -> DatabaseFilter:
    return DatabaseFilter(params, queryset=database_queryset(user=user))


def database_relaxations(*, params: QueryDict, user: Visitor | None = None) -> list[Relaxation]:
    """For an empty browse page: each active filter value with the count of databases without it."""
    return filter_relaxations(filterset_class=DatabaseFilter, params=params, queryset=_visible(user))


def database_coverage_rows(*, slug: str, user: Visitor | None = None) -> QuerySet[Coverage]:
    """The coverage facts of one visible database, in table order; raises DoesNotExist for unknown or hidden ones."""
    database = _visible(user).only("pk").get(slug=slug)
    return Coverage.objects.filter(database=database).order_by("jurisdiction", "document_kind", "level", "pk")


def database_facets(
    *, queryset: QuerySet[PatentDatabase], params: QueryDict, user: Visitor | None
) -> dict[str, list[FacetOption]]:
    """Counts per facet value within the current results, as (value, label, count) for facet_list.html.
    Kept per content version, filter values, language (the labels) and whether drafts are counted."""
    key = {
        "language": get_language(),
        "drafts": sees_drafts(user),
        "filters": selection_key(params),
    }
    return cached_per_version(CONTENT_VERSION_KEY, "databases:facets", key, lambda: _database_facets(queryset))


def _database_facets(queryset: QuerySet[PatentDatabase]) -> dict[str, list[FacetOption]]:
    ids = queryset.order_by().values("pk")
    by_kind = dict(PatentDatabase.objects.filter(pk__in=ids).order_by().values_list("kind").annotate(n=Count("pk")))
    by_access = dict(PatentDatabase.objects.filter(pk__in=ids).order_by().values_list("access").annotate(n=Count("pk")))
    # Facets count recorded facts only: a feature recorded as lacking, or not recorded, counts for nothing.
    by_feature = dict(
        DatabaseFeature.objects.available()
        .filter(database__in=ids)
        .order_by()
        .values_list("feature")
        .annotate(n=Count("pk"))
    )
    by_jurisdiction = dict(
        Coverage.objects.covered()
        .filter(database__in=ids)
        .order_by()
        .values_list("jurisdiction")
        .annotate(n=Count("database", distinct=True))
    )
    names = all_jurisdictions()
    return {
        "kind": [(value, str(label), by_kind.get(value, 0)) for value, label in PatentDatabase.Kind.choices],
        "access": [(value, str(label), by_access.get(value, 0)) for value, label in PatentDatabase.Access.choices],
        "search_features": [
            (f.value, str(f.label), by_feature.get(f.value, 0)) for f in features_in_group(FeatureGroup.SEARCH)
        ],
        "analysis_features": [
            (f.value, str(f.label), by_feature.get(f.value, 0)) for f in features_in_group(FeatureGroup.ANALYSIS)
        ],
        "jurisdiction": sorted(
            ((code, names.get(code) or code, count) for code, count in by_jurisdiction.items()),
            key=lambda option: option[1],
        ),
        "level": [(value, str(label), None) for value, label in Coverage.Level.choices],
        "document_kind": [(value, str(label), None) for value, label in Coverage.DocumentKind.choices],
    }


def report_prefetches() -> list:
    return [
        "features",
        Prefetch("coverage", queryset=Coverage.objects.order_by("jurisdiction", "document_kind", "level")),
    ]


def database_detail(*, slug: str, user: Visitor | None = None) -> PatentDatabase:
    """One database with everything its report page shows; raises DoesNotExist for unknown or hidden ones."""
    return (
        database_queryset(user=user)
        .select_related("curator")
        .prefetch_related(
            *report_prefetches(),
            "revisions",
            Prefetch(
                "comments",
                queryset=Comment.objects.approved().select_related("author"),
                to_attr="approved_comments",
            ),
        )
        .get(slug=slug)
    )


def database_user_state(*, database: PatentDatabase, user: User) -> tuple[int | None, bool]:
    """The user's own rating (or None) and whether they follow the database."""
    stars = Rating.objects.filter(database=database, user=user).values_list("stars", flat=True).first()
    return stars, Follow.objects.filter(database=database, user=user).exists()


def databases_for_compare(*, slugs: list[str], user: Visitor | None = None) -> list[PatentDatabase]:
    """The databases in the order asked for; unknown slugs are left out (callers check the length)."""
    found = {
        db.slug: db for db in database_queryset(user=user).filter(slug__in=slugs).prefetch_related(*report_prefetches())
    }
    return [found[slug] for slug in slugs if slug in found]


def feature_facts(database: PatentDatabase) -> dict[str, DatabaseFeature]:
    """The recorded feature facts by code; a code missing here is not recorded."""
    return {row.feature: row for row in database.features.all()}


def features_by_group(database: PatentDatabase) -> list[tuple[str, list[tuple[str, Fact, str]]]]:
    """Every feature of the registry as (group label, [(feature label, state, note)]), in its order."""
    facts = feature_facts(database)
    grouped = []
    for group in FeatureGroup:
        rows = []
        for feature in features_in_group(group):
            row = facts.get(feature.value)
            rows.append((str(feature.label), Fact.of(row.available if row else None), row.note if row else ""))
        grouped.append((str(group.label), rows))
    return grouped


def coverage_by_jurisdiction(database: PatentDatabase, *, covered: bool = True) -> dict[str, list[Coverage]]:
    """Coverage rows by jurisdiction: what is held (`covered`), or what is recorded as not held."""
    grouped: dict[str, list[Coverage]] = defaultdict(list)
    for row in database.coverage.all():
        if row.covered == covered:
            grouped[row.jurisdiction].append(row)
    return dict(grouped)


def coverage_table(database: PatentDatabase) -> list[tuple[str, list[Coverage]]]:
    """Every recorded coverage fact, held or recorded as not held, grouped by jurisdiction code."""
    grouped: dict[str, list[Coverage]] = defaultdict(list)
    for row in database.coverage.all():
        grouped[row.jurisdiction].append(row)
    return sorted(grouped.items())


class MapState:
    FULL = "full"
    PARTIAL = "partial"
    NOT_HELD = "no"
    UNKNOWN = "unknown"


def coverage_map_states(database: PatentDatabase) -> dict[str, str]:
    """Per country code: held in full text, held at other levels, recorded as not held; absent: not recorded."""
    states: dict[str, str] = {}
    for row in database.coverage.all():
        if row.covered and row.level == Coverage.Level.FULL_TEXT:
            states[row.jurisdiction] = MapState.FULL
        elif row.covered:
            states.setdefault(row.jurisdiction, MapState.PARTIAL)
            if states[row.jurisdiction] == MapState.NOT_HELD:
                states[row.jurisdiction] = MapState.PARTIAL
        else:
            states.setdefault(row.jurisdiction, MapState.NOT_HELD)
    return states


def coverage_text(rows: list[Coverage]) -> str:
    """ "Grants: Full text since 1985; Applications: Bibliographic data" for one jurisdiction."""
    parts = []
    for row in rows:
        text = f"{row.get_document_kind_display()}: {row.get_level_display()}"
        if row.from_year and row.to_year:
            text += " " + _("%(first)s to %(last)s") % {"first": row.from_year, "last": row.to_year}
        elif row.from_year:
            text += " " + _("since %(year)s") % {"year": row.from_year}
        elif row.to_year:
            text += " " + _("until %(year)s") % {"year": row.to_year}
        parts.append(text)
    return "; ".join(parts)


@dataclass
class CompareRow:
    group: str
    label: str
    cells: list[str]
    states: list[Fact] = field(default_factory=list)
    # What decides "differs" when the cells' wording is not the point (feature notes vary in wording).
    diff_key: list[str] | None = None

    @property
    def marked_cells(self) -> list[tuple[str, Fact | None]]:
        """Each cell with its fact state (None where a state does not apply, such as the provider's name)."""
        states: Sequence[Fact | None] = self.states or [None] * len(self.cells)
        return list(zip(self.cells, states, strict=True))

    @property
    def differs(self) -> bool:
        return len(set(self.diff_key if self.diff_key is not None else self.cells)) > 1


def _fact_cell(state: Fact, yes_text: str = "") -> str:
    return yes_text if state == Fact.YES and yes_text else state.label


def compare_matrix(databases: list[PatentDatabase]) -> list[CompareRow]:
    """One row per attribute, feature and jurisdiction; each fact cell says yes, no, or not recorded."""
    general = _("General")
    aspi = [Fact.of(db.aspi) for db in databases]
    rows = [
        CompareRow(general, _("Provider"), [db.provider for db in databases]),
        CompareRow(general, _("Kind"), [db.get_kind_display() for db in databases]),
        CompareRow(general, _("Access"), [db.get_access_display() for db in databases]),
        CompareRow(general, _("Part of ASPI"), [state.label for state in aspi], states=aspi),
        CompareRow(general, _("Interface languages"), [", ".join(db.interface_languages) or "—" for db in databases]),
    ]
    facts = [feature_facts(db) for db in databases]
    for group in FeatureGroup:
        for feature in features_in_group(group):
            recorded = [by_code.get(feature.value) for by_code in facts]
            states = [Fact.of(row.available if row else None) for row in recorded]
            cells = [_fact_cell(state, row.note if row else "") for state, row in zip(states, recorded, strict=True)]
            rows.append(CompareRow(str(group.label), str(feature.label), cells, states=states, diff_key=list(states)))
    held = [coverage_by_jurisdiction(db) for db in databases]
    not_held = [coverage_by_jurisdiction(db, covered=False) for db in databases]
    names = all_jurisdictions()
    codes = {code for grouped in [*held, *not_held] for code in grouped}
    for code in sorted(codes, key=lambda c: names.get(c, c)):
        cells, states = [], []
        for covered, uncovered in zip(held, not_held, strict=True):
            if code in covered:
                cells.append(coverage_text(covered[code]))
                states.append(Fact.YES)
            elif code in uncovered:
                cells.append(_("Recorded as not covered"))
                states.append(Fact.NO)
            else:
                cells.append(Fact.UNKNOWN.label)
                states.append(Fact.UNKNOWN)
        rows.append(CompareRow(_("Coverage"), f"{names.get(code, code)} ({code})", cells, states=states))
    return rows
