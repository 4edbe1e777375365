import pytest
from django.urls import reverse

from inspire.testing import assert_constant_queries
from learning.services import step_complete
from learning.tests.factories import LearningPathFactory, PathStepFactory

pytestmark = pytest.mark.django_db


def test_the_tisc_foundation_course_path_has_its_three_phases(client, loaded):
    page = client.get(reverse("learning:path", kwargs={"slug": "tisc-foundation-course"})).content.decode()
    for phase in ("Distance learning phase", "Instructor-led training course", "Practical on-the-job experience"):
        assert phase in page
    assert "Sign in to mark steps done" in page


def test_the_patent_searching_path_starts_with_dl177_then_the_hubs_guides(client, loaded):
    response = client.get(reverse("learning:path", kwargs={"slug": "patent-searching"}))
    steps = [step for step, _done in response.context["progress"].steps]
    assert steps[0].resource.slug == "e-tutorial-using-patent-information-dl177"
    assert [step.hub_link for step in steps[1:3]] == ["database-finder", "register-portal"]
    page = response.content.decode()
    assert 'href="/databases/finder/"' in page and 'href="/registers/"' in page


def test_the_paths_page_shows_each_signed_in_learners_own_progress(client, user, three_steps):
    step_complete(user=user, step=three_steps[0])
    client.force_login(user)
    assert "1 of 3 steps done" in client.get(reverse("learning:paths")).content.decode()


def test_my_progress_needs_signing_in(client, db):
    response = client.get(reverse("learning:progress"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_path_pages_keep_a_constant_query_count(client, user):
    client.force_login(user)
    path = LearningPathFactory(slug="long")

    def add_rows():
        step = PathStepFactory(path=path, position=len(path.steps.all()) + 100)
        step_complete(user=user, step=step)
        PathStepFactory()

    assert_constant_queries(client, reverse("learning:paths"), add_rows)
    assert_constant_queries(client, path.get_absolute_url(), add_rows)
    assert_constant_queries(client, reverse("learning:progress"), add_rows)
    assert_constant_queries(client, reverse("api:learning-api:path-list"), add_rows)
