"""Reads for the register portal's pages, API and home page."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import pycountry
from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.http import QueryDict
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _

from inspire.cache import cached_per_version, version_token
from inspire.facts import Fact
from inspire.filters import selection_key
from registers import deeplinks
from registers.models import (
    COLUMNS,
    NOT_RECORDED,
    ColumnAbsence,
    ColumnState,
    Jurisdiction,
    JurisdictionNote,
    Resource,
)
from registers.numbers import PatentNumber

ORGANISATIONS = ("EP", "WO", "AP", "OA", "EA", "GC", "BX", "UPC")
CONTENT_VERSION_KEY = "registers:content-version"


def content_version() -> str:
    """A token that changes whenever the portal's content does (registers.signals, link checks); cached
    fragments of the map and table carry it in their keys, so an edit shows at once."""
    return version_token(CONTENT_VERSION_KEY)


def jurisdiction_count() -> int:
    return Jurisdiction.objects.count()


def _has(column: str) -> Exists:
    """A resource serves the column."""
    return Exists(Resource.objects.filter(jurisdiction=OuterRef("pk"), kind__in=COLUMNS[column][1]))


def _absent(column: str) -> Exists:
    """A source says the jurisdiction lacks it."""
    return Exists(ColumnAbsence.objects.filter(jurisdiction=OuterRef("pk"), column=column))


def _column_flags() -> dict:
    """`has_<column>` and `absent_<column>` for every column, to annotate a whole set of jurisdictions."""
    flags = {}
    for column in COLUMNS:
        flags[f"has_{column}"] = _has(column)
        flags[f"absent_{column}"] = _absent(column)
    return flags


def column_filter(column: str, fact: Fact) -> Q:
    """Rows in one of a column's three states; a resource wins over a recorded absence. Built from the
    column's own subqueries, so a page pays only for the columns it filters, counts or sorts by."""
    if fact == Fact.YES:
        return Q(_has(column))
    absent = _absent(column)
    return ~Q(_has(column)) & (Q(absent) if fact == Fact.NO else ~Q(absent))


def column_ordering(column: str) -> tuple:
    """Jurisdictions with the column first, then those recorded as lacking it, then the rest."""
    return (_has(column).desc(), _absent(column).desc(), "name")


def jurisdictions_with_relations() -> QuerySet[Jurisdiction]:
    """Jurisdictions with all resources, recorded absences and memberships loaded."""
    return Jurisdiction.objects.all().prefetch_related(
        Prefetch("resources", queryset=Resource.objects.order_by("kind", "pk")),
        Prefetch("absences", queryset=ColumnAbsence.objects.order_by("column")),
        Prefetch("memberships", queryset=Jurisdiction.objects.only("code", "name").order_by("code")),
    )


def jurisdictions_for_table() -> QuerySet[Jurisdiction]:
    """Jurisdictions to filter, count and sort for the table, map and API list; the rows a page
    shows go through `with_table_data`."""
    return Jurisdiction.objects.all()


def _states(absences: Iterable[ColumnAbsence], resources: Iterable[Resource]) -> dict[str, ColumnState]:
    states = dict.fromkeys(COLUMNS, NOT_RECORDED)
    for absence in absences:
        states[absence.column] = ColumnState(Fact.NO, absence=absence)
    for resource in resources:
        for column, (_label, kinds) in COLUMNS.items():
            if resource.kind in kinds and states[column].fact != Fact.YES:
                states[column] = ColumnState(Fact.YES, resource=resource)
    return states


def column_states(jurisdiction: Jurisdiction) -> dict[str, ColumnState]:
    """The state of each table column (from prefetched resources and absences, no extra queries)."""
    return _states(jurisdiction.absences.all(), jurisdiction.resources.all())


def with_table_data(jurisdictions: Iterable[Jurisdiction]) -> list[Jurisdiction]:
    """The rows of a table page with what a row shows: `states` (each column's state) and `systems` (the
    regional systems it belongs to), in three queries for the whole page. Not prefetch_related: that
    builds and filters a queryset per row and relation, which was most of the table's time."""
    rows = list(jurisdictions)
    ids = [row.pk for row in rows]
    resources = _grouped(_first_of_each_kind(ids), "jurisdiction_id")
    absences = _grouped(ColumnAbsence.objects.filter(jurisdiction_id__in=ids).order_by("column"), "jurisdiction_id")
    # A handful of systems are shared by every row: one object each, not one per membership.
    links = (
        Jurisdiction.memberships.through.objects.filter(from_jurisdiction_id__in=ids)
        .order_by("to_jurisdiction__code")
        .values_list("from_jurisdiction_id", "to_jurisdiction_id", "to_jurisdiction__code", "to_jurisdiction__name")
        .annotate(kind=F("to_jurisdiction__kind"))
    )
    systems: dict[int, Jurisdiction] = {}
    memberships: dict[int, list[Jurisdiction]] = defaultdict(list)
    for member_id, system_id, code, name, kind in links:
        if system_id not in systems:
            systems[system_id] = Jurisdiction(pk=system_id, code=code, name=name, kind=kind)
        memberships[member_id].append(systems[system_id])
    for row in rows:
        row.states = _states(absences.get(row.pk, ()), resources.get(row.pk, ()))
        row.systems = memberships.get(row.pk, [])
    return rows


# The kinds of resource a table column shows.
TABLE_KINDS = sorted({kind for _label, kinds in COLUMNS.values() for kind in kinds})


def _first_of_each_kind(ids: list[int]) -> QuerySet[Resource]:
    """The first resource of each kind a column shows, for each of the jurisdictions: one index probe
    per jurisdiction and kind (`registers_resource_first`), so a page costs the same however many
    services its offices list. Ranking every resource of the page's rows grew with the table."""
    firsts = Resource.objects.filter(jurisdiction=OuterRef("pk")).order_by("pk")
    found = Jurisdiction.objects.filter(pk__in=ids).annotate(
        **{f"first_{kind}": Subquery(firsts.filter(kind=kind).values("pk")[:1]) for kind in TABLE_KINDS}
    )
    pks = [pk for row in found.values_list(*(f"first_{kind}" for kind in TABLE_KINDS)) for pk in row if pk]
    shown = Resource.objects.filter(pk__in=pks).only("jurisdiction_id", "kind", "title", "url", "link_ok")
    return shown.order_by("kind", "pk")


def _grouped(rows: Iterable, key: str) -> dict[int, list]:
    groups: dict[int, list] = defaultdict(list)
    for row in rows:
        groups[getattr(row, key)].append(row)
    return groups


def table_counts(queryset: QuerySet[Jurisdiction], params: QueryDict) -> dict:
    """Counts shown next to the filters, over the rows `params` select; only recorded facts are counted.
    Kept per content version and filter values: they change only when the portal's content does."""
    key = selection_key(params)
    return cached_per_version(CONTENT_VERSION_KEY, "registers:counts", key, lambda: _table_counts(queryset))


def _table_counts(queryset: QuerySet[Jurisdiction]) -> dict:
    counts = {"total": Count("pk")}
    for column in COLUMNS:
        counts[f"{column}:{Fact.YES}"] = Count("pk", filter=column_filter(column, Fact.YES))
        counts[f"{column}:{Fact.NO}"] = Count("pk", filter=column_filter(column, Fact.NO))
    columns = queryset.aggregate(**counts)
    regions = dict(queryset.order_by().values_list("region").annotate(n=Count("pk")))
    memberships = dict(
        Jurisdiction.objects.filter(members__in=queryset.values("pk"))
        .order_by()
        .values_list("code")
        .annotate(n=Count("members", distinct=True))
    )
    return {"columns": columns, "regions": regions, "memberships": memberships}


def resource_languages() -> list[tuple[str, str]]:
    """(code, name in the reader's language) of every language some resource is in, by name: the
    language filter offers these, not all 184 ISO 639-1 languages. Kept per content version."""
    return cached_per_version(CONTENT_VERSION_KEY, "registers:languages", get_language(), _resource_languages)


def _resource_languages() -> list[tuple[str, str]]:
    codes = {code for listed in Resource.objects.values_list("languages", flat=True) for code in listed.split(",")}
    names = []
    for code in codes - {""}:
        try:
            names.append((code, str(get_language_info(code)["name_translated"])))
        except KeyError:  # a language Django has no name for: ISO 639's English name
            language = pycountry.languages.get(alpha_2=code)
            names.append((code, language.name if language else code))
    return sorted(names, key=lambda item: item[1])


def jurisdiction_detail(code: str) -> Jurisdiction:
    return (
        jurisdictions_with_relations()
        .select_related("file")
        .prefetch_related(
            "sample_numbers", "notes", Prefetch("members", queryset=Jurisdiction.objects.order_by("name"))
        )
        .get(code=code)
    )


def notes_by_topic(jurisdiction: Jurisdiction) -> dict[str, list[JurisdictionNote]]:
    """The jurisdiction's notes under each topic, in the order of the topics (from prefetched notes)."""
    topics: dict[str, list[JurisdictionNote]] = {topic: [] for topic in JurisdictionNote.Topic.values}
    for note in jurisdiction.notes.all():
        topics[note.topic].append(note)
    return {topic: notes for topic, notes in topics.items() if notes}


def organisations() -> QuerySet[Jurisdiction]:
    return Jurisdiction.objects.filter(code__in=ORGANISATIONS).order_by("code")


def broken_resources() -> QuerySet[Resource]:
    """Resources whose last link check failed, for curators."""
    return Resource.objects.filter(link_ok=False).select_related("jurisdiction").order_by("jurisdiction__name")


ORGANISATION_COLUMNS = {
    "member:EP": _("EPC member states"),
    "member:WO": _("PCT contracting states"),
    "member:AP": _("ARIPO member states"),
    "member:OA": _("OAPI member states"),
    "member:EA": _("EAPO member states"),
    "member:GC": _("GCC Patent Office states"),
    "member:BX": _("Benelux states"),
    "member:UPC": _("Unitary patent and UPC states"),
}
MAP_COLUMNS = {**{column: label for column, (label, _kinds) in COLUMNS.items()}, **ORGANISATION_COLUMNS}


def map_states() -> dict:
    """For the map: each jurisdiction's name, file URL, the map columns that are true for it (`on`) and
    those recorded as absent (`off`); a column in neither is not recorded. Membership lists hold only the
    members the curator is sure of, so not being listed is never a recorded no."""
    columns = {key: str(label) for key, label in MAP_COLUMNS.items()}
    memberships = Prefetch("memberships", queryset=Jurisdiction.objects.only("code"))
    queryset = Jurisdiction.objects.annotate(**_column_flags()).prefetch_related(memberships)
    jurisdictions = {}
    for jurisdiction in queryset:
        on = [column for column in COLUMNS if getattr(jurisdiction, f"has_{column}")]
        on += [f"member:{organisation.code}" for organisation in jurisdiction.memberships.all()]
        off = [column for column in COLUMNS if column not in on and getattr(jurisdiction, f"absent_{column}")]
        jurisdictions[jurisdiction.code] = {
            "name": jurisdiction.local_name,
            "url": jurisdiction.get_absolute_url(),
            "on": on,
            "off": off,
        }
    return {"columns": columns, "jurisdictions": jurisdictions}


def map_counts(states: dict, column: str) -> dict[Fact, int]:
    """How many jurisdictions of `map_states()` are in each state of a map column, as the map colours them."""
    counts = dict.fromkeys(Fact, 0)
    for entry in states["jurisdictions"].values():
        fact = Fact.YES if column in entry["on"] else Fact.NO if column in entry["off"] else Fact.UNKNOWN
        counts[fact] += 1
    return counts


def resources_by_url(jurisdiction: Jurisdiction) -> list[tuple[Resource, list[str], list[tuple[list[str], Resource]]]]:
    """One entry per distinct URL: its first resource, the kinds it serves (a register is often also the
    file wrapper) and what was recorded about them: the kinds sharing one note and source, with a
    resource holding those (several where the kinds were recorded apart, from different sources)."""
    kind_order = list(Resource.Kind.values)
    groups: dict[str, tuple[Resource, list[str], list[tuple[list[str], Resource]]]] = {}
    for resource in sorted(jurisdiction.resources.all(), key=lambda r: (kind_order.index(r.kind), r.pk)):
        label = str(resource.get_kind_display())
        _first, kinds, accounts = groups.setdefault(resource.url, (resource, [], []))
        kinds.append(label)
        said = (resource.notes, resource.source_url, resource.reviewed_on)
        account = next((a for a in accounts if (a[1].notes, a[1].source_url, a[1].reviewed_on) == said), None)
        if account:
            account[0].append(label)
        else:
            accounts.append(([label], resource))
    return list(groups.values())


# --- status checker ---------------------------------------------------------------------------------

# Regional systems whose patents can have effect in a member state, as named in a national number's
# next steps. PCT is left out: an international application never becomes a patent by itself.
PATENT_SYSTEMS = ("EP", "AP", "OA", "EA", "GC")
SEARCHABLE_KINDS = (Resource.Kind.REGISTER, Resource.Kind.FILE_INSPECTION, Resource.Kind.LEGAL_STATUS)


@dataclass(frozen=True)
class NextStep:
    text: str
    links: tuple[deeplinks.Link, ...] = ()


@dataclass(frozen=True)
class NumberCheck:
    """What the status checker answers for one number: deep links, the jurisdiction file and next steps."""

    number: PatentNumber
    links: list[deeplinks.Link]
    jurisdiction: Jurisdiction | None
    next_steps: list[NextStep]


def _system_link(system: Jurisdiction) -> deeplinks.Link:
    return deeplinks.Link(system.system_name, system.get_absolute_url(), deeplinks.JURISDICTION)


def _register_searches(number: PatentNumber, jurisdiction: Jurisdiction) -> list[deeplinks.Link]:
    """The office's own registers, to search by hand, for numbers no pattern can put in an address: its
    register and file inspection unless recorded as not searchable by number, and legal-status services
    recorded as searchable by number. One link per address (a register is often its file inspection too)."""
    label = _("%(register)s: search for %(number)s")
    links, seen = [], set()
    for resource in jurisdiction.resources.all():
        searchable = resource.searchable_by_number
        legal_status = resource.kind == Resource.Kind.LEGAL_STATUS
        if resource.url in seen or searchable is False or (legal_status and not searchable):
            continue
        seen.add(resource.url)
        text = label % {"register": resource.title, "number": number.display}
        links.append(deeplinks.Link(text, resource.url, deeplinks.SEARCH))
    return links


def _membership_steps(jurisdiction: Jurisdiction) -> list[NextStep]:
    systems = [system for system in jurisdiction.memberships.all() if system.code in PATENT_SYSTEMS]
    if any(system.code == "OA" for system in systems):
        text = _("%(name)s is an OAPI member state: OAPI grants its patents, and there is no national route.")
        return [NextStep(text % {"name": jurisdiction.name}, tuple(_system_link(s) for s in systems))]
    if not systems:
        return []
    text = _("Rights with effect in %(name)s can also come from these systems; check their registers too.")
    return [NextStep(text % {"name": jurisdiction.name}, tuple(_system_link(s) for s in systems))]


def number_check(number: PatentNumber) -> NumberCheck:
    """Links, jurisdiction file and next steps for a parsed number, in three queries."""
    steps = deeplinks.next_steps_for(number)
    codes = {number.office, *(code for step in steps for code in step.systems)}
    jurisdictions = {
        jurisdiction.code: jurisdiction
        for jurisdiction in Jurisdiction.objects.filter(code__in=codes).prefetch_related(
            Prefetch("resources", queryset=Resource.objects.filter(kind__in=SEARCHABLE_KINDS).order_by("kind", "pk")),
            Prefetch("memberships", queryset=Jurisdiction.objects.filter(code__in=PATENT_SYSTEMS).order_by("code")),
        )
    }
    links = deeplinks.links_for(number)
    jurisdiction = jurisdictions.get(number.office)
    if jurisdiction and not any(link.kind == deeplinks.REGISTER for link in links):
        known = {link.url for link in links}
        links += [link for link in _register_searches(number, jurisdiction) if link.url not in known]
    next_steps = [
        NextStep(str(step.text), tuple(_system_link(jurisdictions[c]) for c in step.systems if c in jurisdictions))
        for step in steps
    ]
    if jurisdiction:
        next_steps += _membership_steps(jurisdiction)
    return NumberCheck(number=number, links=links, jurisdiction=jurisdiction, next_steps=next_steps)
