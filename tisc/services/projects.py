"""Writes of national projects: the project, its indicators and targets, and its work plan."""

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from inspire.services import model_fields_set, model_update, model_upsert
from tisc.models import Activity, Indicator, Network, Project, Target


@transaction.atomic
def project_create(*, network: Network, **fields: Any) -> Project:
    project = Project(network=network)
    model_fields_set(instance=project, data=fields, editable=Project.EDITABLE_FIELDS)
    project.full_clean()
    overlapping = network.projects.filter(start_year__lte=project.end_year, end_year__gte=project.start_year)
    if overlapping.exists():
        raise ValidationError(_("The network already has a project in these years; change that one instead."))
    project.save()
    return project


@transaction.atomic
def project_update(*, project: Project, **fields: Any) -> Project:
    changed = model_fields_set(instance=project, data=fields, editable=Project.EDITABLE_FIELDS)
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
    fields.setdefault("position", project.indicators.count())
    indicator, _changed = model_update(
        instance=Indicator(project=project), data=fields, editable=Indicator.EDITABLE_FIELDS
    )
    if targets:
        targets_set(indicator=indicator, values=targets)
    return indicator


@transaction.atomic
def indicator_update(*, indicator: Indicator, **fields: Any) -> Indicator:
    model_update(instance=indicator, data=fields, editable=Indicator.EDITABLE_FIELDS)
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
        model_upsert(Target, lookup={"indicator": indicator, "year": year}, data={"value": value}, editable=["value"])


@transaction.atomic
def activity_create(*, project: Project, **fields: Any) -> Activity:
    activity, _changed = model_update(
        instance=Activity(project=project), data=fields, editable=Activity.EDITABLE_FIELDS
    )
    return activity


@transaction.atomic
def activity_update(*, activity: Activity, **fields: Any) -> Activity:
    model_update(instance=activity, data=fields, editable=Activity.EDITABLE_FIELDS)
    return activity


@transaction.atomic
def activity_delete(*, activity: Activity) -> None:
    activity.delete()
