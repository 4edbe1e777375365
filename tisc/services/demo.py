"""The demo workspace from `tisc/content/demo.yaml`: accounts, roles, projects, generated records and
reports taken through the real workflow. Records and report histories are created once."""

from typing import TYPE_CHECKING

from django.conf import settings
from django.db import transaction

from inspire.accounts.models import User
from inspire.content.seeding import Seeder
from tisc.models import Activity, Indicator, Institution, Membership, Network, Project, Report, Target
from tisc.periods import Period
from tisc.services import reports as report_services
from tisc.services.records import records_import

if TYPE_CHECKING:
    from tisc.content.schema import DemoGenerator, DemoNetwork, DemoReport, DemoUser


def demo_user_create(*, entry: "DemoUser") -> User:
    """Created once; signs in only where settings.TISC_DEMO_PASSWORD is set (development)."""
    user = User.objects.filter(username=entry.username).first()
    if user is None:
        user = User(
            username=entry.username,
            first_name=entry.first_name,
            last_name=entry.last_name,
            email=f"{entry.username}@example.org",
            role=entry.role,
        )
        user.set_unusable_password()
        user.full_clean()
        user.save()
    if settings.TISC_DEMO_PASSWORD and not user.has_usable_password():
        user.set_password(settings.TISC_DEMO_PASSWORD)
        user.save(update_fields=["password"])
    return user


def _role_seed(seeder: Seeder, user: User, role: str, network=None, institution=None) -> None:
    where = institution.slug if institution else network.slug if network else "all"
    seeder.seed(
        Membership,
        key=f"tisc/demo/roles/{user.username}/{role}/{where}",
        lookup={"user": user, "role": role, "network": network, "institution": institution},
        values={},
    )


@transaction.atomic
def demo_roles_seed(
    *,
    entry: "DemoNetwork",
    network: Network,
    institutions: dict[str, Institution],
    users: dict[str, User],
    seeder: Seeder,
) -> None:
    for username in entry.coordinators:
        _role_seed(seeder, users[username], Membership.Role.COORDINATOR, network=network)
    for item in entry.institutions:
        institution = institutions.get(item.slug)
        for username in item.staff if institution else []:
            _role_seed(seeder, users[username], Membership.Role.STAFF, network=network, institution=institution)


def demo_programme_seed(*, users: list[User], seeder: Seeder) -> None:
    for user in users:
        _role_seed(seeder, user, Membership.Role.PROGRAMME)


@transaction.atomic
def demo_project_seed(
    *,
    entry: "DemoNetwork",
    network: Network,
    institutions: dict[str, Institution],
    users: dict[str, User],
    seeder: Seeder,
) -> Project | None:
    plan = entry.project
    key = f"tisc/demo/projects/{entry.slug}"
    project = seeder.seed(
        Project,
        key=key,
        lookup={"network": network, "start_year": plan.start_year},
        values={"title": plan.title, "objectives": plan.objectives, "end_year": plan.end_year},
    )
    if project is None:
        return None
    for position, item in enumerate(plan.indicators):
        indicator = seeder.seed(
            Indicator,
            key=f"{key}/indicators/{position}",
            lookup={"project": project, "position": position},
            values={
                "name": item.name,
                "measure": item.measure.value,
                "kind": item.kind.value if item.kind else "",
                "requester_category": item.requester_category.value if item.requester_category else "",
                "gender": item.gender.value if item.gender else "",
                "baseline": item.baseline,
                "baseline_year": item.baseline_year,
            },
        )
        for year, value in item.targets.items() if indicator else []:
            seeder.seed(
                Target,
                key=f"{key}/indicators/{position}/targets/{year}",
                lookup={"indicator": indicator, "year": year},
                values={"value": value},
            )
    for position, activity in enumerate(plan.activities):
        seeder.seed(
            Activity,
            key=f"{key}/activities/{position}",
            lookup={"project": project, "title": activity.title},
            values={
                "description": activity.description,
                "institution": institutions.get(activity.institution) if activity.institution else None,
                "owner": users.get(activity.owner) if activity.owner else None,
                "due_on": activity.due_on,
                "status": activity.status.value,
                "completed_on": activity.due_on if activity.status == Activity.Status.DONE else None,
            },
        )
    return project


def demo_records_generate(
    *, institution: Institution, volume: float, generator: "DemoGenerator", recorded_by: User | None
) -> int:
    """A run of generated records, once: an institution that has any records keeps them as they are."""
    from tisc.content.generator import generate

    if institution.service_requests.exists() or institution.trainings.exists():
        return 0
    requests, trainings = generate(
        seed=generator.seed, slug=institution.slug, volume=volume, start=generator.start, months=generator.months
    )
    written = records_import(institution=institution, kind="requests", rows=requests, recorded_by=recorded_by)
    return written + records_import(institution=institution, kind="trainings", rows=trainings, recorded_by=recorded_by)


def demo_report_walk(
    *,
    entry: "DemoReport",
    network: Network,
    institution: Institution | None,
    users: dict[str, User],
    writer: User,
    reviewer: User,
) -> bool:
    """Take a report through the workflow to the state `entry` asks for, once; False when it exists."""
    period = Period(entry.year, entry.quarter)
    report = report_services.report_open(network=network, institution=institution, period=period)
    if report.narrative or report.status != Report.Status.DRAFT or report.snapshots.exists():
        return False
    report_services.report_narrative_save(report=report, narrative=entry.narrative)
    if entry.status != Report.Status.DRAFT:
        report_services.report_submit(report=report, user=writer)
    if entry.status == Report.Status.RETURNED:
        report_services.report_return(report=report, user=reviewer, comment=entry.review_comment)
    elif entry.status == Report.Status.ACCEPTED:
        report_services.report_accept(report=report, user=reviewer, comment=entry.review_comment)
    for comment in entry.comments:
        report_services.report_comment(report=report, user=users[comment.author], body=comment.body)
    return True
