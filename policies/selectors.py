"""Reads that feed the policies pages, the API and the home page."""

import re
from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.postgres.aggregates import ArrayAgg
from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import QueryDict
from django.utils.text import get_text_list
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django_countries.fields import Country

from inspire.cache import cached_per_version, version_token
from inspire.charts import Table, chart
from inspire.filters import selection_key
from inspire.jurisdictions import local_countries
from policies.models import (
    ChecklistItem,
    ChecklistTopic,
    Institution,
    NationalVersion,
    Policy,
    PolicyDraft,
    RegionalVersion,
)

# Retired by any write to policies or institutions (policies.apps): cached counts follow every edit.
CONTENT_VERSION_KEY = "policies:content-version"


def content_version() -> str:
    """A token that changes with any policy content (inspire.cache.retire_on_change): cached fragments
    of the database page carry it in their keys, so an edit shows on the next request."""
    return version_token(CONTENT_VERSION_KEY)


def policy_count() -> int:
    return Policy.objects.count()


def institution_count() -> int:
    return Institution.objects.count()


def policies_for_list() -> QuerySet[Policy]:
    return Policy.objects.with_institution().order_by("institution__name", "policy_type", "title")


def institutions_for_list() -> QuerySet[Institution]:
    """With `policy_count` and `recorded_types`, the policy types the hub records a policy of."""
    recorded = ArrayAgg("policies__policy_type", distinct=True, filter=Q(policies__isnull=False), default=[])
    return Institution.objects.with_policy_count().annotate(recorded_types=recorded).order_by("name")


def facet_counts(policies: QuerySet[Policy], params: QueryDict) -> dict[str, dict[str, int]]:
    """How many of the policies `params` select fall in each policy type and region. Kept per content
    version and filter values: they change only when the policy database does."""
    key = selection_key(params)
    return cached_per_version(CONTENT_VERSION_KEY, "policies:facets", key, lambda: _facet_counts(policies))


def _facet_counts(policies: QuerySet[Policy]) -> dict[str, dict[str, int]]:
    by_type = dict(policies.order_by().values_list("policy_type").annotate(n=Count("pk")))
    by_region = dict(policies.order_by().values_list("institution__continent").annotate(n=Count("pk")))
    return {"policy_type": by_type, "region": by_region}


def countries_with_policies() -> list[tuple[str, str, int]]:
    """(code, name, number of policies) for every country with at least one institution, by name."""
    language = get_language()
    return cached_per_version(CONTENT_VERSION_KEY, "policies:countries", language, _countries_with_policies)


def _countries_with_policies() -> list[tuple[str, str, int]]:
    rows = Institution.objects.order_by().values_list("country").annotate(n=Count("policies"))
    names = dict(local_countries())
    return sorted(((code, names.get(code, code), n) for code, n in rows), key=lambda row: row[1])


def institution_detail(slug: str) -> Institution:
    policies = Prefetch("policies", queryset=Policy.objects.order_by("policy_type", "title"))
    return Institution.objects.filter(slug=slug).prefetch_related(policies).get()


def policy_types_of(institution: Institution) -> list[tuple[str, list[Policy]]]:
    """Every policy type with the institution's recorded policies of it (from the prefetched policies).

    An empty list means none is recorded here, not that the institution has no such policy.
    """
    by_type: dict[str, list[Policy]] = defaultdict(list)
    for policy in institution.policies.all():
        by_type[policy.policy_type].append(policy)
    return [(str(label), by_type[value]) for value, label in Policy.Type.choices]


def policy_detail(pk: int) -> Policy:
    return Policy.objects.with_institution().get(pk=pk)


def country_institutions(code: str) -> QuerySet[Institution]:
    return (
        Institution.objects.in_country(code)
        .with_policy_count()
        .prefetch_related(Prefetch("policies", queryset=Policy.objects.order_by("policy_type", "title")))
        .order_by("name")
    )


def national_version(code: str) -> NationalVersion | None:
    return NationalVersion.objects.filter(country=code).first()


# The questions whose answer a country's law may settle whatever the policy says: who owns what employees
# and students create, and what inventors are owed. Beside them the writer warns that the law may decide.
LAW_DECIDED_ITEMS = frozenset({"ownership-staff", "ownership-students", "ownership-copyright", "revenue-shares"})
# Enough Markdown to read curated lists as plain text (here and in the .docx).
MARKDOWN_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+(.*)$")
MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
MARKDOWN_EMPHASIS = re.compile(r"[*_`]")


@dataclass(frozen=True)
class CountryLaw:
    """What the hub records on the law of a draft's country, for the warnings beside the clauses it may decide."""

    # None while the draft names no country.
    country: Country | None
    national_version: NationalVersion | None = None
    # The laws the national version names; empty where it names none, and then no law is named to the user.
    laws: list[str] = field(default_factory=list)

    @property
    def laws_in_words(self) -> str:
        """The laws as one phrase: "A, B or C", in the reader's language."""
        return get_text_list(self.laws)


def law_names(law_references: str) -> list[str]:
    """The laws in a national version's Markdown list of law references, as plain text, in order."""
    names: list[str] = []
    for line in law_references.splitlines():
        listed = MARKDOWN_LIST_ITEM.match(line)
        text = MARKDOWN_EMPHASIS.sub("", MARKDOWN_LINK.sub(r"\1", listed.group(1) if listed else line)).strip()
        if not text:
            continue
        if listed or not names:
            names.append(text)
        else:
            # A long item wrapped onto the next line.
            names[-1] = f"{names[-1]} {text}"
    return names


def country_law(draft: PolicyDraft) -> CountryLaw:
    if not draft.country:
        return CountryLaw(country=None)
    version = national_version(draft.country.code)
    return CountryLaw(
        country=draft.country,
        national_version=version,
        laws=law_names(version.law_references) if version else [],
    )


def national_versions() -> QuerySet[NationalVersion]:
    return NationalVersion.objects.order_by("country")


def regional_versions() -> QuerySet[RegionalVersion]:
    return RegionalVersion.objects.order_by("region")


def regional_versions_for(code: str) -> list[RegionalVersion]:
    """The regional models whose member countries include `code`. A handful exist, so they are
    matched here rather than by searching the stored list of codes in SQL."""
    return [version for version in regional_versions() if code in version.members]


def checklist() -> list[ChecklistTopic]:
    """Every topic with its items and each item's clauses, in order: three queries whatever the size."""
    items = ChecklistItem.objects.order_by("order").prefetch_related("clauses")
    return list(ChecklistTopic.objects.order_by("order").prefetch_related(Prefetch("items", queryset=items)))


def drafts_of(user) -> QuerySet[PolicyDraft]:
    return PolicyDraft.objects.owned_by(user).order_by("-updated_at")


def draft_of(user, pk: int) -> PolicyDraft:
    """The draft if `user` owns it; raises PolicyDraft.DoesNotExist otherwise, so others see a 404."""
    return PolicyDraft.objects.owned_by(user).get(pk=pk)


COMPARE_MIN = 2
COMPARE_MAX = 4


def policies_by_reference(references: list[str]) -> dict[str, Policy]:
    """Policies named by id (`12`) or by `<institution-slug>/<key>`, in one query; unknown ones are left out."""
    match = Q(pk__in=[int(ref) for ref in references if ref.isdigit()])
    for ref in references:
        if "/" in ref:
            slug, key = ref.split("/", 1)
            match |= Q(institution__slug=slug, key=key)
    found = {}
    for policy in Policy.objects.with_institution().filter(match):
        found[str(policy.pk)] = policy
        found[f"{policy.institution.slug}/{policy.key}"] = policy
    return found


@dataclass(frozen=True)
class CompareRow:
    key: str
    label: str
    # None where the policy's sources do not state the value.
    values: list[str | None]
    links: bool = False


def compare_rows(policies: list[Policy]) -> list[CompareRow]:
    def row(key, label, value, links=False):
        return CompareRow(key, label, [value(policy) or None for policy in policies], links)

    return [
        row("institution", _("Institution"), lambda p: p.institution.name),
        row("country", _("Country"), lambda p: p.institution.country.name),
        row("kind", _("Policy type"), lambda p: p.get_policy_type_display()),
        row("year", _("Year adopted or revised"), lambda p: p.year and str(p.year)),
        row("ownership", _("Ownership"), lambda p: p.ownership),
        row("inventor_share", _("Inventor revenue share"), lambda p: p.inventor_share),
        row("patenting_decision", _("Who decides on patenting"), lambda p: p.patenting_decision),
        # The page stating the terms where one is recorded, else the page where the policy was checked.
        row("source", _("Source"), lambda p: p.terms_source_url or p.source_url, links=True),
    ]


def policy_figures(type_counts: list[tuple[str, str, int]], region_counts: list[tuple[str, str, int]]) -> list[Table]:
    """The listed policies by kind and by region, for the database's charts (from the facet counts)."""
    tables = []
    for slug, title, heading, counts in (
        ("policies-by-kind", _("Policies by kind"), _("Kind of policy"), type_counts),
        ("policies-by-region", _("Policies by region"), _("Region"), region_counts),
    ):
        rows = [[str(label), count] for _value, label, count in counts if count]
        if rows:
            plot = chart("bar", [row[0] for row in rows], [(_("Policies"), [row[1] for row in rows])], horizontal=True)
            tables.append(Table(slug, title, [heading, _("Policies")], rows, plot))
    return tables
