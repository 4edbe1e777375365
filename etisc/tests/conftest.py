import pytest

from conftest import make_user
from etisc.models import Group, Membership
from etisc.tests.factories import GroupFactory, MembershipFactory, TopicFactory


@pytest.fixture
def public_group(db):
    return GroupFactory(slug="patent-search", name="Patent search")


@pytest.fixture
def private_group(db):
    return GroupFactory(slug="tisc-staff-room", name="TISC staff room", visibility=Group.Visibility.MEMBERS)


@pytest.fixture
def member(db, private_group, public_group):
    """A member of both groups."""
    person = make_user("member")
    MembershipFactory(group=private_group, user=person)
    MembershipFactory(group=public_group, user=person)
    return person


@pytest.fixture
def moderator(db, private_group, public_group):
    person = make_user("moderator")
    MembershipFactory(group=private_group, user=person, role=Membership.Role.MODERATOR)
    MembershipFactory(group=public_group, user=person, role=Membership.Role.MODERATOR)
    return person


@pytest.fixture
def outsider(db):
    return make_user("outsider")


@pytest.fixture
def public_topic(public_group, member):
    return TopicFactory(group=public_group, author=member, title="Free patent databases for chemistry")


@pytest.fixture
def private_topic(private_group, member):
    return TopicFactory(group=private_group, author=member, title="Staff-only planning")
