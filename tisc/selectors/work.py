"""Reads of the workspace: projects, records, reports; each list in a fixed number of queries."""

import datetime

from django.db.models import Count, Prefetch, Q, QuerySet

from tisc.access import Scope
from tisc.models import (
    Activity,
    Indicator,
    Institution,
    Network,
    Project,
    Report,
    ReportEvent,
    ServiceRequest,
    TrainingEvent,
)
from tisc.periods import Period
from tisc.selectors.figures import figures, rollup_rows


def indicators_prefetch() -> Prefetch:
    return Prefetch("indicators", queryset=Indicator.objects.prefetch_related("targets"))


def project_for(*, network: Network, year: int, work_plan: bool = True) -> Project | None:
    """The network's project covering `year`, with indicators and targets (and the work plan)."""
    prefetches = [indicators_prefetch()]
    if work_plan:
        prefetches.append(Prefetch("activities", queryset=Activity.objects.select_related("institution", "owner")))
    return (
        Project.objects.filter(network=network, start_year__lte=year, end_year__gte=year)
        .prefetch_related(*prefetches)
        .first()
    )


def projects_of(*, network: Network) -> list[Project]:
    return list(network.projects.order_by("-start_year"))


def network_institutions(*, network: Network) -> list[Institution]:
    return list(network.institutions.filter(is_published=True).order_by("name"))


def recordable_institutions(*, scope: Scope) -> QuerySet[Institution]:
    if not scope.signed_in:
        return Institution.objects.none()
    return Institution.objects.filter(scope.recordable_institutions_q()).select_related("network").order_by("name")


def workspace_networks(*, scope: Scope) -> QuerySet[Network]:
    """Networks whose workspace the user can open: coordinated, worked in, or all for programme staff."""
    if not scope.signed_in:
        return Network.objects.none()
    if scope.sees_all:
        return Network.objects.all()
    return Network.objects.filter(Q(pk__in=scope.coordinator_of) | Q(pk__in=scope.staff_networks))


def service_requests(*, scope: Scope, institution: Institution | None = None) -> QuerySet[ServiceRequest]:
    if not scope.signed_in:
        return ServiceRequest.objects.none()
    queryset = ServiceRequest.objects.filter(scope.institutions_q("institution__"))
    if institution is not None:
        queryset = queryset.filter(institution=institution)
    return queryset.select_related("institution", "recorded_by")


def trainings(*, scope: Scope, institution: Institution | None = None) -> QuerySet[TrainingEvent]:
    if not scope.signed_in:
        return TrainingEvent.objects.none()
    queryset = TrainingEvent.objects.filter(scope.institutions_q("institution__"))
    if institution is not None:
        queryset = queryset.filter(institution=institution)
    return queryset.select_related("institution", "recorded_by")


def day_counts(*, institution: Institution, day: datetime.date) -> dict[str, int]:
    return {
        "requests": ServiceRequest.objects.filter(institution=institution, received_on=day).count(),
        "trainings": TrainingEvent.objects.filter(institution=institution, held_on=day).count(),
    }


def reports(*, scope: Scope) -> QuerySet[Report]:
    if not scope.signed_in:
        return Report.objects.none()
    return (
        Report.objects.filter(scope.reports_q())
        .select_related("network", "institution")
        .annotate(comment_count=Count("events", filter=Q(events__action=ReportEvent.Action.COMMENT)))
    )


def reports_to_act_on(*, scope: Scope) -> dict[str, list[Report]]:
    """What waits for this user: reports to write (draft or returned) and reports to review."""
    visible = list(reports(scope=scope).exclude(status=Report.Status.ACCEPTED).order_by("due_on"))
    return {
        "to_write": [r for r in visible if r.is_editable and scope.can_write_report(r)],
        "to_review": [r for r in visible if r.status == Report.Status.SUBMITTED and scope.can_review_report(r)],
    }


def report_detail(*, pk: int) -> Report:
    return (
        Report.objects.select_related("network", "institution")
        .prefetch_related(
            Prefetch("events", queryset=ReportEvent.objects.select_related("author")),
            "snapshots",
        )
        .get(pk=pk)
    )


def report_figures(*, report: Report) -> dict:
    """The figures of the report's period, assembled from the roll-ups (live; frozen on submission)."""
    period: Period = report.period
    if report.institution_id:
        institution_ids, names = [report.institution_id], None
    else:
        institutions = network_institutions(network=report.network)
        institution_ids, names = [i.pk for i in institutions], {i.pk: i.name for i in institutions}
    project = project_for(network=report.network, year=period.last_day.year, work_plan=False)
    rows = rollup_rows(institution_ids=institution_ids, start=datetime.date(period.year, 1, 1), end=period.end)
    result = figures(
        rows,
        start=period.start,
        end=period.end,
        indicators=list(project.indicators.all()) if project else [],
        names=names,
        network_targets=bool(report.institution_id),
    )
    result.update(
        period=period.code,
        network=report.network.name,
        institution=report.institution.name if report.institution else None,
        project=str(project) if project else None,
    )
    if report.is_network_report:
        result["institution_reports"] = [
            {"name": name, "status": status}
            for name, status in Report.objects.filter(network=report.network, year=report.year, quarter=report.quarter)
            .exclude(institution=None)
            .values_list("institution__name", "status")
            .order_by("institution__name")
        ]
    return result
