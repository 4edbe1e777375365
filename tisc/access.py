"""Who may see and do what in the TISC workspace. One place, used by pages, API and services alike.

A national coordinator works on their network; TISC staff on their institution; programme staff
read every network and comment; curators and site staff may do everything. Nobody else sees any
network's non-public data: records, projects, reports and private dashboards.
"""

from dataclasses import dataclass, field

from django.db.models import Q

from tisc.models import Institution, Membership, Network, Report


@dataclass(frozen=True)
class Scope:
    signed_in: bool = False
    is_curator: bool = False
    is_programme: bool = False
    coordinator_of: frozenset[int] = field(default_factory=frozenset)  # network ids
    staff_of: frozenset[int] = field(default_factory=frozenset)  # institution ids
    staff_networks: frozenset[int] = field(default_factory=frozenset)  # networks of those institutions

    @property
    def sees_all(self) -> bool:
        return self.is_curator or self.is_programme

    @property
    def has_workspace(self) -> bool:
        return self.sees_all or bool(self.coordinator_of or self.staff_of)

    def can_view_network(self, network: Network) -> bool:
        """The network's private figures, project and reports (beyond what the directory shows)."""
        return self.sees_all or network.pk in self.coordinator_of

    def can_view_network_dashboard(self, network: Network) -> bool:
        return network.dashboard_public or self.can_view_network(network) or network.pk in self.staff_networks

    def can_view_project(self, network: Network) -> bool:
        # Staff see the project they work towards; its objectives and targets are not their institution's alone.
        return self.can_view_network(network) or network.pk in self.staff_networks

    def can_manage_project(self, network: Network) -> bool:
        return self.is_curator or network.pk in self.coordinator_of

    def can_manage_people(self, network: Network) -> bool:
        return self.is_curator or network.pk in self.coordinator_of

    def can_view_institution(self, institution: Institution) -> bool:
        return self.sees_all or institution.pk in self.staff_of or institution.network_id in self.coordinator_of

    def can_record(self, institution: Institution) -> bool:
        """Programme staff read and comment; they do not record for a TISC."""
        return self.is_curator or institution.pk in self.staff_of or institution.network_id in self.coordinator_of

    def institutions_q(self, prefix: str = "") -> Q:
        """Rows (records, roll-ups) of institutions whose private data this scope may read."""
        if self.sees_all:
            return Q()
        return Q(**{f"{prefix}pk__in": self.staff_of}) | Q(**{f"{prefix}network_id__in": self.coordinator_of})

    def recordable_institutions_q(self) -> Q:
        if self.is_curator:
            return Q()
        return Q(pk__in=self.staff_of) | Q(network_id__in=self.coordinator_of)

    def reports_q(self) -> Q:
        if self.sees_all:
            return Q()
        return Q(network_id__in=self.coordinator_of) | Q(institution_id__in=self.staff_of)

    def can_view_report(self, report: Report) -> bool:
        if self.sees_all or report.network_id in self.coordinator_of:
            return True
        return report.institution_id is not None and report.institution_id in self.staff_of

    def can_write_report(self, report: Report) -> bool:
        """Write the narrative and submit: the institution's staff, or the coordinator for the network's report."""
        if self.is_curator:
            return True
        if report.is_network_report:
            return report.network_id in self.coordinator_of
        return report.institution_id in self.staff_of or report.network_id in self.coordinator_of

    def can_review_report(self, report: Report) -> bool:
        """Return or accept: the coordinator reviews institutions' reports, programme staff the network's."""
        if self.is_curator:
            return True
        if report.is_network_report:
            return self.is_programme
        return report.network_id in self.coordinator_of

    def can_comment(self, report: Report) -> bool:
        return self.can_view_report(report)


ANONYMOUS = Scope()


def scope_for(user) -> Scope:
    if not (user and user.is_authenticated):
        return ANONYMOUS
    coordinator, staff, staff_networks, programme = set(), set(), set(), False
    rows = Membership.objects.filter(user=user).values_list("role", "network_id", "institution_id")
    for role, network_id, institution_id in rows:
        if role == Membership.Role.PROGRAMME:
            programme = True
        elif role == Membership.Role.COORDINATOR:
            coordinator.add(network_id)
        else:
            staff.add(institution_id)
            staff_networks.add(network_id)
    return Scope(
        signed_in=True,
        is_curator=user.is_curator,
        is_programme=programme,
        coordinator_of=frozenset(coordinator),
        staff_of=frozenset(staff),
        staff_networks=frozenset(staff_networks),
    )


def request_scope(request) -> Scope:
    """Computed once per request; pages and API views ask it many times."""
    if not hasattr(request, "_tisc_scope"):
        request._tisc_scope = scope_for(request.user)
    return request._tisc_scope
