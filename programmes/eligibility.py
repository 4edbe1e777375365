"""Which programmes a country and kind of institution qualify for, read from the sourced lists only.

A country absent from a list counts as "not eligible" only when that list was read in full; absent
from a list held in part, or from a list not held at all, it is "not known", and the answer says so.
"""

import datetime
from dataclasses import dataclass
from enum import StrEnum

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from programmes.models import EligibilityList, InstitutionType, Programme


class Verdict(StrEnum):
    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not_eligible"
    UNKNOWN = "unknown"


class Finding(StrEnum):
    LISTED = "listed"
    TYPE_EXCLUDED = "type_excluded"
    NOT_LISTED = "not_listed"
    NOT_IN_PART_HELD = "not_in_part_held"
    NOT_HELD = "not_held"


FINDING_LABELS = {
    Finding.LISTED: _("Listed: this group applies."),
    Finding.TYPE_EXCLUDED: _("This group is not open to this kind of institution."),
    Finding.NOT_LISTED: _("Not in this list."),
    Finding.NOT_IN_PART_HELD: _("Not in the part of this list the hub holds; the rest could not be read."),
    Finding.NOT_HELD: _("The hub holds no sourced country list for this group."),
}
VERDICT_LABELS = {
    Verdict.ELIGIBLE: _("Eligible"),
    Verdict.NOT_ELIGIBLE: _("Not eligible"),
    Verdict.UNKNOWN: _("Not known from the lists held"),
}


@dataclass(frozen=True)
class ListFinding:
    list: EligibilityList
    finding: Finding
    country_listed: bool

    @property
    def label(self) -> str:
        return str(FINDING_LABELS[self.finding])


@dataclass(frozen=True)
class ProgrammeAnswer:
    programme: Programme
    verdict: Verdict
    findings: list[ListFinding]

    @property
    def label(self) -> str:
        return str(VERDICT_LABELS[self.verdict])

    @property
    def applying(self) -> list[ListFinding]:
        return [finding for finding in self.findings if finding.finding == Finding.LISTED]

    @property
    def lists_dated(self) -> datetime.date | None:
        """The date of the newest list the answer rests on, for "as far as the list dated … shows"."""
        return max((finding.list.reviewed_on for finding in self.findings), default=None)


def _finding(group: EligibilityList, country: str, institution_type: str) -> ListFinding:
    listed = country in {code.code for code in group.countries}
    if group.institution_types and institution_type not in group.institution_types:
        return ListFinding(group, Finding.TYPE_EXCLUDED, listed)
    if listed:
        return ListFinding(group, Finding.LISTED, True)
    if group.complete:
        return ListFinding(group, Finding.NOT_LISTED, False)
    if group.held:
        return ListFinding(group, Finding.NOT_IN_PART_HELD, False)
    return ListFinding(group, Finding.NOT_HELD, False)


def _verdict(findings: list[ListFinding]) -> Verdict:
    if any(finding.finding == Finding.LISTED for finding in findings):
        return Verdict.ELIGIBLE
    if findings and all(finding.finding in (Finding.NOT_LISTED, Finding.TYPE_EXCLUDED) for finding in findings):
        return Verdict.NOT_ELIGIBLE
    return Verdict.UNKNOWN


def eligibility_check(*, country: str, institution_type: InstitutionType | str) -> list[ProgrammeAnswer]:
    """One answer per programme, in the programmes' order, each with what every list of it says."""
    lists = EligibilityList.objects.select_related("source").order_by("order")
    programmes = Programme.objects.prefetch_related(Prefetch("lists", queryset=lists))
    answers = []
    for programme in programmes:
        findings = [_finding(group, country, str(institution_type)) for group in programme.lists.all()]
        answers.append(ProgrammeAnswer(programme, _verdict(findings), findings))
    return answers
