import datetime

import pytest

from tisc.models import Activity, Indicator, Project, Target

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(client, cast):
    client.force_login(cast["coordinator_a"])
    return client


def test_a_coordinator_sets_up_a_project_with_indicators_targets_and_a_work_plan(coordinator, network_a, inst_a1, cast):
    response = coordinator.post(
        "/tisc/workspace/networks/network-a/project/edit/",
        {"title": "Plan 2026-2027", "objectives": "More searches for firms.", "start_year": 2026, "end_year": 2027},
    )
    assert response.status_code == 302
    project = Project.objects.get(network=network_a)
    response = coordinator.post(
        f"/tisc/workspace/projects/{project.pk}/indicators/new/",
        {
            "name": "Searches for SMEs",
            "measure": "searches",
            "requester_category": "sme",
            "baseline": 40,
            "baseline_year": 2025,
            "target_2026": 60,
            "target_2027": 80,
        },
    )
    assert response.status_code == 302
    indicator = Indicator.objects.get(project=project)
    assert dict(indicator.targets.values_list("year", "value")) == {2026: 60, 2027: 80}
    response = coordinator.post(
        f"/tisc/workspace/projects/{project.pk}/activities/new/",
        {
            "title": "Train new staff",
            "institution": inst_a1.pk,
            "owner": cast["staff_a1"].pk,
            "due_on": "2026-06-30",
            "status": "done",
        },
    )
    assert response.status_code == 302
    activity = Activity.objects.get()
    assert activity.completed_on == datetime.date.today()
    page = coordinator.get("/tisc/workspace/networks/network-a/project/?year=2026").content.decode()
    assert "Searches for SMEs" in page and "Train new staff" in page and "Staff-A1" not in page


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"name": "x", "measure": "trainings", "requester_category": "sme"}, "__all__"),
        ({"name": "x", "measure": "trainings", "gender": "woman"}, "gender"),
        ({"name": "x", "measure": "requests", "baseline": 5}, "baseline_year"),
        ({"name": "x", "measure": "requests", "target_2026": -1}, "target_2026"),
    ],
)
def test_inconsistent_indicators_are_form_errors(coordinator, project_a, data, field):
    response = coordinator.post(f"/tisc/workspace/projects/{project_a.pk}/indicators/new/", data)
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert project_a.indicators.count() == 3


def test_projects_of_a_network_may_not_overlap(coordinator, project_a):
    response = coordinator.post(
        "/tisc/workspace/networks/network-a/project/edit/",
        {"title": "Again", "objectives": "x", "start_year": 2027, "end_year": 2028},
    )
    assert response.status_code == 400
    assert "already has a project" in str(response.context["form"].non_field_errors())
    assert Project.objects.filter(network=project_a.network).count() == 1


def test_an_activity_belongs_to_an_institution_of_the_network(coordinator, project_a, inst_b1):
    response = coordinator.post(
        f"/tisc/workspace/projects/{project_a.pk}/activities/new/",
        {"title": "x", "institution": inst_b1.pk, "due_on": "2026-06-30", "status": "planned"},
    )
    assert response.status_code == 400
    assert not Activity.objects.exists()


def test_staff_read_the_project_but_cannot_change_it(client, cast, project_a):
    client.force_login(cast["staff_a1"])
    page = client.get("/tisc/workspace/networks/network-a/project/?year=2026")
    assert page.status_code == 200 and page.context["can_manage"] is False
    indicator = project_a.indicators.first()
    assert client.post(f"/tisc/workspace/indicators/{indicator.pk}/delete/").status_code == 403
    assert client.post(f"/tisc/workspace/projects/{project_a.pk}/indicators/new/", {"name": "x"}).status_code == 403
    assert Target.objects.filter(indicator=indicator).exists()


def test_the_project_page_keeps_constant_queries(coordinator, project_a, inst_a1):
    from inspire.testing import assert_constant_queries
    from tisc.services.projects import activity_create, indicator_create

    def add_rows():
        for n in range(3):
            indicator_create(project=project_a, name=f"i{n}", measure="requests", targets={2026: n})
            activity_create(project=project_a, title=f"a{n}", institution=inst_a1, due_on=datetime.date(2026, 5, 1))

    assert_constant_queries(coordinator, "/tisc/workspace/networks/network-a/project/?year=2026", add_rows)


def test_an_unknown_project_in_the_query_is_not_found(coordinator, project_a):
    assert coordinator.get("/tisc/workspace/networks/network-a/project/edit/?project=abc").status_code == 404
    assert coordinator.get("/tisc/workspace/networks/network-a/project/edit/?project=99999").status_code == 404
    assert (
        coordinator.get(f"/tisc/workspace/networks/network-a/project/edit/?project={project_a.pk}").status_code == 200
    )
