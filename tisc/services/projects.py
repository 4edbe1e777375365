"""Writes of national projects: the project, its indicators and targets, and its work plan."""

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tisc.models import Activity, Indicator, Network, Project, Target

PROJECT_FIELDS = ("title", "objectives", "start_year", "end_year")
INDICATOR_FIELDS = ("name", "measure", "kind", "requester_category", "gender", "baseline", "baseline_year", "position")
ACTIVITY_FIELDS = ("title", "description", "institution", "owner", "due_on", "status", "completed_on")


def _set(instance, fields: dict[str, Any], allowed: tuple[str, ...]) -> list[str]:
    unknown = set(fields) - set(allowed)
    if unknown:
        raise ValueError(f"not editable here: {', '.join(sorted(unknown))}")
    changed = [name for name, value in fields.items() if getattr(instance, name) != value]
    for name in changed:
        setattr(instance, name, fields[name])
    return changed


@transaction.atomic
def project_create(*, network: Network, **fields: Any) -> Project:
    project = Project(network=network)
    _set(project, fields, PROJECT_FIELDS)
    project.full_clean()
    overlapping = network.projects.filter(start_year__lte=project.end_year, end_year__gte=project.start_year)
    if overlapping.exists():
        raise ValidationError(_("The network already has a project in these years; change that one instead."))
    project.save()
    return project


@transaction.atomic
def project_update(*, project: Project, **fields: Any) -> Project:
    changed = _set(project, fields, PROJECT_FIELDS)
    project.full_clean()
    overlapping = project.network.projects.exclude(pk=project.pk).filter(
        start_year__lte=project.end_year, end_year__gte=project.start_year
    )
    if overlapping.exists():
        raise ValidationError(_("Another project of the network covers some of these years."))
    if changed:
        project.save()
    return project


@transaction.atomic
def indicator_create(*, project: Project, targets: dict[int, int | None] | None = None, **fields: Any) -> Indicator:
    indicator = Indicator(project=project)
    fields.setdefault("position", project.indicators.count())
    _set(indicator, fields, INDICATOR_FIELDS)
    indicator.full_clean()
    indicator.save()
    if targets:
        targets_set(indicator=indicator, values=targets)
    return indicator


@transaction.atomic
def indicator_update(*, indicator: Indicator, **fields: Any) -> Indicator:
    _set(indicator, fields, INDICATOR_FIELDS)
    indicator.full_clean()
    indicator.save()
    return indicator


@transaction.atomic
def indicator_delete(*, indicator: Indicator) -> None:
    indicator.delete()


@transaction.atomic
def targets_set(*, indicator: Indicator, values: dict[int, int | None]) -> None:
    """Targets by year within the project's years; None removes a year's target."""
    years = set(indicator.project.years)
    outside = sorted(set(values) - years)
    if outside:
        raise ValidationError(
            _("The project runs from %(first)s to %(last)s; no targets for %(years)s.")
            % {"first": min(years), "last": max(years), "years": ", ".join(map(str, outside))}
        )
    for year, value in values.items():
        if value is None:
            Target.objects.filter(indicator=indicator, year=year).delete()
            continue
        target = Target.objects.filter(indicator=indicator, year=year).first() or Target(indicator=indicator, year=year)
        target.value = value
        target.full_clean()
        target.save()


def _completed(activity: Activity) -> None:
    if activity.status == Activity.Status.DONE and activity.completed_on is None:
        activity.completed_on = timezone.localdate()
    if activity.status != Activity.Status.DONE:
        activity.completed_on = None


@transaction.atomic
def activity_create(*, project: Project, **fields: Any) -> Activity:
    activity = Activity(project=project)
    _set(activity, fields, ACTIVITY_FIELDS)
    _completed(activity)
    activity.full_clean()
    activity.save()
    return activity


@transaction.atomic
def activity_update(*, activity: Activity, **fields: Any) -> Activity:
    _set(activity, fields, ACTIVITY_FIELDS)
    _completed(activity)
    activity.full_clean()
    activity.save()
    return activity


@transaction.atomic
def activity_delete(*, activity: Activity) -> None:
    activity.delete()
