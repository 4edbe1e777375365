"""Progress is private: the learner and their coordinator see it; another learner, staff and
anonymous visitors get "not found", on the pages and through the API alike."""

import pytest
from django.urls import reverse

from learning.models import StepCompletion
from learning.services import step_complete
from learning.tests.factories import PathStepFactory

pytestmark = pytest.mark.django_db

VIEWERS = ["learner", "other", "coordinator", "staff", "anonymous"]
MAY_SEE = {"learner", "coordinator"}


def sign_in(client, people, who):
    if who != "anonymous":
        client.force_login(people[who])
    return client


@pytest.mark.parametrize("who", VIEWERS)
def test_a_learners_progress_page_is_for_the_learner_and_their_coordinator_only(client, people, three_steps, who):
    step_complete(user=people["learner"], step=three_steps[0])
    response = sign_in(client, people, who).get(reverse("learning:member_progress", kwargs={"username": "learner"}))
    if who == "anonymous":
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    elif who in MAY_SEE:
        assert response.status_code == 200
        assert "1 of 3 steps done" in response.content.decode()
    else:
        assert response.status_code == 404


@pytest.mark.parametrize("who", VIEWERS)
def test_a_learners_progress_in_the_api_is_for_the_learner_and_their_coordinator_only(
    api_client, people, three_steps, who
):
    step_complete(user=people["learner"], step=three_steps[1])
    if who != "anonymous":
        api_client.force_authenticate(people[who])
    response = api_client.get(reverse("api:learning-api:learner-progress", kwargs={"username": "learner"}))
    if who == "anonymous":
        assert response.status_code == 401
    elif who in MAY_SEE:
        assert response.status_code == 200
        [progress] = response.json()
        assert progress == {"path": "searching", "completed": 1, "total": 3, "percent": 33, "steps_done": [2]}
    else:
        assert response.status_code == 404
        assert response.json()["code"] == "not_found"


@pytest.mark.parametrize("who", VIEWERS)
def test_only_a_coordinator_has_a_team_page(client, api_client, people, three_steps, who):
    sign_in(client, people, who)
    if who != "anonymous":
        api_client.force_authenticate(people[who])
    page = client.get(reverse("learning:team"))
    api = api_client.get(reverse("api:learning-api:team"))
    if who == "coordinator":
        assert page.status_code == 200 and "learner" in page.content.decode()
        assert [row["learner"] for row in api.json()] == ["learner"]
    elif who == "anonymous":
        assert page.status_code == 302 and api.status_code == 401
    else:
        assert page.status_code == 404 and api.status_code == 404


def test_a_learner_marks_steps_done_and_sees_progress(client, people, three_steps):
    client.force_login(people["learner"])
    url = reverse("learning:step", kwargs={"slug": "searching", "position": 2})
    response = client.post(url, {"done": "1"})
    assert response.status_code == 302 and response["Location"].endswith("/learning/paths/searching/#step-2")
    page = client.get(reverse("learning:path", kwargs={"slug": "searching"})).content.decode()
    assert "1 of 3 steps done" in page and "Mark not done" in page
    client.post(url, {"done": "0"})
    assert not StepCompletion.objects.exists()


def test_marking_a_step_done_twice_keeps_one_row_and_the_first_date(people, three_steps):
    first = step_complete(user=people["learner"], step=three_steps[0])
    again = step_complete(user=people["learner"], step=three_steps[0])
    assert first.pk == again.pk and StepCompletion.objects.count() == 1


def test_anonymous_visitors_cannot_mark_steps(client, three_steps):
    response = client.post(reverse("learning:step", kwargs={"slug": "searching", "position": 1}), {"done": "1"})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not StepCompletion.objects.exists()


@pytest.mark.parametrize("data", [{}, {"done": "maybe"}])
def test_a_bad_step_form_changes_nothing(client, people, three_steps, data):
    client.force_login(people["learner"])
    response = client.post(reverse("learning:step", kwargs={"slug": "searching", "position": 1}), data)
    assert response.status_code == 302 and not StepCompletion.objects.exists()


def test_an_unknown_step_is_404(client, people, three_steps):
    client.force_login(people["learner"])
    response = client.post(reverse("learning:step", kwargs={"slug": "searching", "position": 9}), {"done": "1"})
    assert response.status_code == 404


def test_the_api_marks_a_step_done_and_not_done(api_client, people, three_steps):
    api_client.force_authenticate(people["learner"])
    url = reverse("api:learning-api:progress")
    response = api_client.post(url, {"path": "searching", "position": 3, "done": True})
    assert response.status_code == 200 and response.json()[0]["steps_done"] == [3]
    response = api_client.post(url, {"path": "searching", "position": 3, "done": False})
    assert response.json()[0]["completed"] == 0


@pytest.mark.parametrize(
    "data",
    [{}, {"path": "searching", "position": "x", "done": True}, {"path": "searching", "position": 1, "done": "perhaps"}],
)
def test_bad_api_progress_input_is_a_400_and_writes_nothing(api_client, people, three_steps, data):
    api_client.force_authenticate(people["learner"])
    response = api_client.post(reverse("api:learning-api:progress"), data)
    assert response.status_code == 400 and response.json()["code"] == "invalid"
    assert not StepCompletion.objects.exists()


def test_one_learners_marks_never_show_in_anothers_progress(api_client, people, three_steps):
    step_complete(user=people["other"], step=three_steps[0])
    api_client.force_authenticate(people["learner"])
    assert api_client.get(reverse("api:learning-api:progress")).json()[0]["completed"] == 0


def test_the_team_page_costs_the_same_queries_with_more_staff_and_steps(client, people, three_steps):
    from conftest import make_user
    from inspire.accounts.models import User
    from inspire.testing import assert_constant_queries
    from learning.models import Coordination

    client.force_login(people["coordinator"])
    counter = iter(range(100))

    def add_rows():
        member = make_user(f"member{next(counter)}", User.Role.TISC_STAFF)
        Coordination.objects.create(coordinator=people["coordinator"], member=member)
        step = PathStepFactory(path=three_steps[0].path, position=10 + next(counter))
        step_complete(user=member, step=step)

    assert_constant_queries(client, reverse("learning:team"), add_rows)
    assert_constant_queries(client, reverse("api:learning-api:team"), add_rows)
