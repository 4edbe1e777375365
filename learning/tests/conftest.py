import pytest

from conftest import make_user
from inspire.accounts.models import User
from learning.models import Coordination
from learning.tests.factories import LearningPathFactory, PathStepFactory


@pytest.fixture
def loaded(db):
    from django.core.management import call_command

    call_command("load_content", "--only", "databases", "programmes", "learning", verbosity=0)


@pytest.fixture
def people(db):
    """The permission matrix: a learner, another learner, the learner's coordinator, and staff."""
    learner = make_user("learner", User.Role.TISC_STAFF)
    other = make_user("otherlearner", User.Role.TISC_STAFF)
    coordinator = make_user("coordinator", User.Role.TISC_STAFF)
    staff = make_user("staffer", is_staff=True, is_superuser=True)
    Coordination.objects.create(coordinator=coordinator, member=learner)
    return {"learner": learner, "other": other, "coordinator": coordinator, "staff": staff}


@pytest.fixture
def three_steps(db):
    path = LearningPathFactory(slug="searching", title="Searching")
    return [PathStepFactory(path=path, position=position, title=f"Step {position}") for position in (1, 2, 3)]
