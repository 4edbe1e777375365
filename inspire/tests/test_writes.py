"""The shared write path (inspire.services): what a curator or coordinator notices when saving."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from inspire.services import model_update, model_upsert
from tisc.models import Activity, Target
from tisc.services.projects import activity_update, indicator_update
from tisc.tests.factories import NetworkFactory, make_project


@pytest.fixture
def project(db):
    return make_project(NetworkFactory())


def test_a_bad_value_is_a_validation_error_and_nothing_is_written(project):
    indicator = project.indicators.first()
    with pytest.raises(ValidationError):
        indicator_update(indicator=indicator, name="x" * 500)
    indicator.refresh_from_db()
    assert len(indicator.name) < 500


def test_saving_what_is_already_there_writes_nothing(project):
    indicator = project.indicators.first()
    with CaptureQueriesContext(connection) as queries:
        _row, changed = model_update(instance=indicator, data={"name": indicator.name}, editable=["name"])
    assert changed == []
    assert not [q["sql"] for q in queries if q["sql"].startswith(("UPDATE", "INSERT"))]


def test_a_field_the_caller_may_not_write_is_refused_before_anything_changes(project):
    indicator = project.indicators.first()
    with pytest.raises(ValueError, match="not editable here: project"):
        indicator_update(indicator=indicator, name="New", project=None)
    indicator.refresh_from_db()
    assert indicator.name != "New"


def test_an_upsert_by_natural_key_updates_the_row_it_finds(project):
    indicator = project.indicators.first()
    first, _ = model_upsert(
        Target, lookup={"indicator": indicator, "year": 2026}, data={"value": 5}, editable=["value"]
    )
    again, changed = model_upsert(
        Target, lookup={"indicator": indicator, "year": 2026}, data={"value": 7}, editable=["value"]
    )
    assert again.pk == first.pk and changed == ["value"]
    assert Target.objects.get(indicator=indicator, year=2026).value == 7


def test_marking_an_activity_done_dates_it_and_reopening_clears_the_date(project):
    activity = project.activities.create(title="Workshop", due_on="2026-05-01")
    activity_update(activity=activity, status=Activity.Status.DONE)
    assert activity.completed_on is not None
    activity_update(activity=activity, status=Activity.Status.PLANNED)
    activity.refresh_from_db()
    assert activity.completed_on is None
