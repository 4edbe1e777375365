"""Reads for the guided finder: which databases meet a searcher's needs, and why, in sentences.

Each answer is a need (cover a jurisdiction, in full text if asked; offer a feature; be free). A
database meets a need, meets it in part (covers the jurisdiction but not in full text), lacks it as
recorded, or nothing is recorded. Databases are ranked by needs met, then met in part; when none
meets every need, the answer says which needs the nearest matches leave out.
"""

from dataclasses import dataclass, field
from enum import StrEnum

from django.utils.translation import gettext as _

from databases.features import Feature
from databases.models import Coverage, PatentDatabase
from databases.selectors import (
    coverage_by_jurisdiction,
    coverage_text,
    covered_jurisdiction_codes,
    database_queryset,
    feature_facts,
    report_prefetches,
)
from inspire.accounts.models import User
from inspire.jurisdictions import all_jurisdictions

FREE_ACCESS = (PatentDatabase.Access.FREE, PatentDatabase.Access.REGISTRATION)
NEAREST_SHOWN = 5


class Outcome(StrEnum):
    MET = "met"
    PARTLY = "partly"
    LACKS = "lacks"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Need:
    kind: str  # "jurisdiction", "feature" or "free"
    code: str
    label: str


@dataclass(frozen=True)
class NeedCheck:
    need: Need
    outcome: Outcome
    text: str  # the sentence fragment shown, e.g. "covers Brazil: Grants: Full text since 1972"


@dataclass
class FinderResult:
    database: PatentDatabase
    checks: list[NeedCheck]

    def _texts(self, *outcomes: Outcome) -> list[str]:
        return [check.text for check in self.checks if check.outcome in outcomes]

    @property
    def met(self) -> int:
        return sum(check.outcome == Outcome.MET for check in self.checks)

    @property
    def partly(self) -> int:
        return sum(check.outcome == Outcome.PARTLY for check in self.checks)

    @property
    def meets_all(self) -> bool:
        return self.met == len(self.checks)

    @property
    def reasons(self) -> list[str]:
        return self._texts(Outcome.MET, Outcome.PARTLY)

    @property
    def gaps(self) -> list[str]:
        return self._texts(Outcome.LACKS, Outcome.UNKNOWN)

    @property
    def explanation(self) -> str:
        """One line a searcher reads: "covers Brazil: … · free · offers Boolean operators; lacks: CPC"."""
        parts = [" · ".join(self.reasons)] if self.reasons else []
        lacking = [check.need.label for check in self.checks if check.outcome == Outcome.LACKS]
        unknown = [check.need.label for check in self.checks if check.outcome == Outcome.UNKNOWN]
        if lacking:
            parts.append(_("lacks: %(needs)s") % {"needs": ", ".join(lacking)})
        if unknown:
            parts.append(_("not recorded: %(needs)s") % {"needs": ", ".join(unknown)})
        return "; ".join(parts)

    @property
    def fit(self) -> str:
        return _("meets %(met)s of %(total)s needs") % {"met": self.met, "total": len(self.checks)}


@dataclass
class FinderAnswer:
    needs: list[Need]
    results: list[FinderResult]
    # Needs that no database meets together with the others: what the nearest matches leave out.
    relaxed: list[Need] = field(default_factory=list)
    # Jurisdictions asked for that no database report records any coverage of: the searcher is sent
    # to the office's own services in the register portal instead.
    unrecorded: list[tuple[str, str]] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.relaxed


def _needs(*, jurisdictions: list[str], features: list[str], free_only: bool, full_text: bool) -> list[Need]:
    names = all_jurisdictions()
    needs = []
    for code in jurisdictions:
        name = names.get(code, code)
        label = _("%(name)s in full text") % {"name": name} if full_text else name
        needs.append(Need("jurisdiction", code, label))
    needs.extend(Need("feature", code, str(Feature(code).label)) for code in features)
    if free_only:
        needs.append(Need("free", "free", _("free access")))
    return needs


def _check(database: PatentDatabase, need: Need, *, full_text: bool) -> NeedCheck:
    if need.kind == "free":
        free = database.access in FREE_ACCESS
        return NeedCheck(need, Outcome.MET if free else Outcome.LACKS, str(database.get_access_display()).lower())
    if need.kind == "feature":
        row = feature_facts(database).get(need.code)
        if row is None:
            return NeedCheck(need, Outcome.UNKNOWN, _("%(feature)s: not recorded") % {"feature": need.label})
        if not row.available:
            return NeedCheck(need, Outcome.LACKS, _("lacks %(feature)s") % {"feature": need.label})
        return NeedCheck(need, Outcome.MET, _("offers %(feature)s") % {"feature": need.label})
    name = all_jurisdictions().get(need.code, need.code)
    rows = coverage_by_jurisdiction(database).get(need.code, [])
    full_rows = [row for row in rows if row.level == Coverage.Level.FULL_TEXT]
    if full_rows or (rows and not full_text):
        shown = full_rows or rows
        return NeedCheck(
            need, Outcome.MET, _("covers %(name)s: %(detail)s") % {"name": name, "detail": coverage_text(shown)}
        )
    if rows:
        detail = coverage_text(rows)
        return NeedCheck(
            need, Outcome.PARTLY, _("covers %(name)s, not in full text: %(detail)s") % {"name": name, "detail": detail}
        )
    if need.code in coverage_by_jurisdiction(database, covered=False):
        return NeedCheck(need, Outcome.LACKS, _("recorded as not covering %(name)s") % {"name": name})
    return NeedCheck(need, Outcome.UNKNOWN, _("%(name)s: no coverage recorded") % {"name": name})


def finder_answer(
    *, jurisdictions: list[str], features: list[str], free_only: bool, full_text: bool, user: User | None = None
) -> FinderAnswer:
    """Databases meeting every need, best first; or, when none does, the nearest and what they leave out."""
    needs = _needs(jurisdictions=jurisdictions, features=features, free_only=free_only, full_text=full_text)
    recorded = covered_jurisdiction_codes()
    names = all_jurisdictions()
    unrecorded = [(code, names.get(code, code)) for code in jurisdictions if code not in recorded]
    results = []
    for database in database_queryset(user=user).prefetch_related(*report_prefetches()):
        result = FinderResult(database, [_check(database, need, full_text=full_text) for need in needs])
        if not needs or result.met or result.partly:
            results.append(result)
    results.sort(key=lambda r: (-r.met, -r.partly, len(r.gaps), r.database.name))
    complete = [result for result in results if result.meets_all]
    if complete or not results:
        return FinderAnswer(needs, complete, unrecorded=unrecorded)
    nearest = results[:NEAREST_SHOWN]
    best = nearest[0]
    relaxed = [check.need for check in best.checks if check.outcome != Outcome.MET]
    return FinderAnswer(needs, nearest, relaxed, unrecorded)
