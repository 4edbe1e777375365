"""Events of members-only groups follow the topics' rule on every surface that lists or shows events."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from conftest import make_user
from etisc.models import Event, Membership
from etisc.tests.factories import EventFactory, MembershipFactory

pytestmark = pytest.mark.django_db

PRIVATE_JOIN_LINK = "https://meet.example.org/staff-room-secret"
PRIVATE_REGISTRATION = "https://forms.example.org/staff-room-register"
ROLES = ["owner", "member", "pending", "outsider", "anonymous", "staff_user"]
ALLOWED = {"owner", "member", "staff_user"}


@pytest.fixture
def owner(private_group):
    person = make_user("owner")
    MembershipFactory(group=private_group, user=person, role=Membership.Role.MODERATOR)
    return person


@pytest.fixture
def pending(private_group):
    person = make_user("pending")
    MembershipFactory(group=private_group, user=person, status=Membership.Status.PENDING)
    return person


@pytest.fixture
def as_role(request, client):
    def sign_in(role: str):
        if role != "anonymous":
            client.force_login(request.getfixturevalue(role))
        return client

    return sign_in


@pytest.fixture
def events(private_group, public_group):
    return {
        "private": EventFactory(
            group=private_group,
            title="Staff-room planning webinar",
            online_url=PRIVATE_JOIN_LINK,
            registration_url=PRIVATE_REGISTRATION,
        ),
        "private_past": EventFactory(
            group=private_group,
            title="Staff-room retrospective",
            online_url=PRIVATE_JOIN_LINK,
            starts_at=timezone.now() - timedelta(days=30),
        ),
        "public": EventFactory(group=public_group, title="Patent search clinic"),
        "open": EventFactory(group=None, title="WIPO open webinar"),
    }


def _text(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def _assert_listed(text: str, events: dict[str, Event], *, private_shown: bool, past: bool = False) -> None:
    assert events["public"].title in text
    assert events["open"].title in text
    assert (events["private"].title in text) is private_shown
    if past:
        assert (events["private_past"].title in text) is private_shown
    if not private_shown:
        assert PRIVATE_JOIN_LINK not in text
        assert PRIVATE_REGISTRATION not in text


@pytest.mark.parametrize("role", ROLES)
def test_home_page_lists_only_public_events_like_its_discussions(as_role, role, events):
    _assert_listed(_text(as_role(role).get("/")), events, private_shown=False)


@pytest.mark.parametrize("role", ROLES)
def test_community_index_lists_members_only_events_to_those_who_read_the_group(as_role, role, events):
    text = _text(as_role(role).get(reverse("etisc:index")))
    _assert_listed(text, events, private_shown=role in ALLOWED)


@pytest.mark.parametrize("role", ROLES)
def test_group_page_lists_its_events_only_to_those_who_read_the_group(as_role, role, events, private_group):
    text = _text(as_role(role).get(private_group.get_absolute_url()))
    assert (events["private"].title in text) is (role in ALLOWED)
    if role not in ALLOWED:
        assert PRIVATE_JOIN_LINK not in text


@pytest.mark.parametrize("role", ROLES)
def test_events_page_lists_upcoming_and_past_members_only_events_to_those_who_read_the_group(as_role, role, events):
    text = _text(as_role(role).get(reverse("etisc:events")))
    _assert_listed(text, events, private_shown=role in ALLOWED, past=True)


@pytest.mark.parametrize("role", ROLES)
def test_members_only_event_page_is_not_found_for_those_who_cannot_read_the_group(as_role, role, events):
    client = as_role(role)
    response = client.get(events["private"].get_absolute_url())
    if role in ALLOWED:
        assert PRIVATE_JOIN_LINK in _text(response)
    else:
        assert response.status_code == 404
        assert PRIVATE_JOIN_LINK not in response.content.decode()
    assert client.get(events["open"].get_absolute_url()).status_code == 200


@pytest.mark.parametrize("role", ROLES)
def test_members_only_event_ics_is_not_found_for_those_who_cannot_read_the_group(as_role, role, events):
    response = as_role(role).get(reverse("etisc:event_ics", args=[events["private"].slug]))
    if role in ALLOWED:
        assert PRIVATE_JOIN_LINK in _text(response)
    else:
        assert response.status_code == 404


@pytest.mark.parametrize("role", ROLES)
def test_calendar_feed_carries_members_only_events_only_for_those_who_read_the_group(as_role, role, events):
    text = _text(as_role(role).get(reverse("etisc:events_ics")))
    _assert_listed(text, events, private_shown=role in ALLOWED, past=True)


@pytest.mark.parametrize("role", ROLES)
def test_events_api_lists_members_only_events_only_for_those_who_read_the_group(as_role, role, events):
    body = as_role(role).get("/api/v1/etisc/events/").json()
    slugs = {event["slug"] for event in body["results"]}
    assert {events["public"].slug, events["open"].slug} <= slugs
    assert (events["private"].slug in slugs) is (role in ALLOWED)
    assert (events["private_past"].slug in slugs) is (role in ALLOWED)
    if role not in ALLOWED:
        assert PRIVATE_JOIN_LINK not in str(body)


@pytest.mark.parametrize("role", ROLES)
def test_events_api_detail_of_members_only_event_is_not_found_for_those_who_cannot_read_the_group(
    as_role, role, events
):
    response = as_role(role).get(f"/api/v1/etisc/events/{events['private'].slug}/")
    if role in ALLOWED:
        assert response.status_code == 200
        assert response.json()["online_url"] == PRIVATE_JOIN_LINK
    else:
        assert response.status_code == 404
        assert PRIVATE_JOIN_LINK not in response.content.decode()


def test_event_visibility_is_the_topic_rule(events, private_group, member, outsider, private_topic, public_topic):
    from django.contrib.auth.models import AnonymousUser

    from etisc.models import Topic

    for person in (AnonymousUser(), outsider, member):
        readable_topic_groups = {t.group_id for t in Topic.objects.visible_to(person)}
        for event in Event.objects.all():
            visible = Event.objects.visible_to(person).filter(pk=event.pk).exists()
            assert visible is (event.group_id is None or event.group_id in readable_topic_groups), (person, event)
