"""Ask the Expert sessions, events with iCalendar, news."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from etisc.models import Notification, Question
from etisc.tests.factories import EventFactory, ExpertSessionFactory, NewsItemFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def session(expert):
    return ExpertSessionFactory(expert=expert, title="Searching chemical structures", slug="chem")


def test_members_ask_vote_and_expert_answers(client, session, member, outsider, expert):
    client.force_login(member)
    client.post(reverse("etisc:question_create", args=[session.slug]), {"body": "Which databases index Markush?"})
    question = Question.objects.get()
    client.force_login(outsider)
    client.post(reverse("etisc:question_vote", args=[question.pk]))
    question.refresh_from_db()
    assert question.vote_count == 1
    assert client.post(reverse("etisc:question_answer", args=[question.pk]), {"answer": "Nope"}).status_code == 403
    client.force_login(expert)
    client.post(reverse("etisc:question_answer", args=[question.pk]), {"answer": "Several **commercial** ones."})
    assert Notification.objects.get(recipient=member).kind == Notification.Kind.ANSWER
    client.force_login(member)
    client.post(reverse("etisc:question_accept", args=[question.pk]))
    page = client.get(session.get_absolute_url()).content.decode()
    assert "etisc-accepted" in page and "Accepted answer" in page and "<strong>commercial</strong>" in page


def test_voting_twice_takes_the_vote_back(client, session, member, outsider):
    question = Question.objects.create(session=session, author=member, body="Q")
    client.force_login(outsider)
    client.post(reverse("etisc:question_vote", args=[question.pk]))
    client.post(reverse("etisc:question_vote", args=[question.pk]))
    question.refresh_from_db()
    assert question.vote_count == 0


def test_closed_session_takes_no_questions_but_stays_searchable(client, expert, member):
    past = ExpertSessionFactory(
        expert=expert,
        opens_at=timezone.now() - timedelta(days=30),
        closes_at=timezone.now() - timedelta(days=20),
        title="Licensing basics",
    )
    Question.objects.create(session=past, author=member, body="Exclusive or not?", answer="It depends on the market.")
    client.force_login(member)
    response = client.post(reverse("etisc:question_create", args=[past.slug]), {"body": "Late question"})
    assert response.status_code == 400
    assert "not taking questions" in response.content.decode()
    found = client.get(reverse("etisc:sessions") + "?q=depends on the market").content.decode()
    assert "Licensing basics" in found
    assert "Licensing basics" not in client.get(reverse("etisc:sessions") + "?q=zebra").content.decode()


def test_empty_question_is_a_form_error(client, session, member):
    client.force_login(member)
    response = client.post(reverse("etisc:question_create", args=[session.slug]), {"body": ""})
    assert response.status_code == 400


def test_event_ics_carries_time_zone_and_links(client):
    event = EventFactory(title="IP and Life Sciences", slug="ip-life", timezone="Europe/Zurich")
    response = client.get(reverse("etisc:event_ics", args=[event.slug]))
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    (item,) = calendar.walk("VEVENT")
    assert str(item["SUMMARY"]) == "IP and Life Sciences"
    assert item["DTSTART"].dt == event.starts_at.replace(microsecond=0)
    assert str(item["DTSTART"].dt.tzinfo) == "Europe/Zurich"
    assert str(item["URL"]) == event.online_url


def test_calendar_feed_lists_every_event(client):
    EventFactory(title="One")
    EventFactory(title="Two", starts_at=timezone.now() - timedelta(days=40))
    calendar = Calendar.from_ical(client.get(reverse("etisc:events_ics")).content)
    assert sorted(str(e["SUMMARY"]) for e in calendar.walk("VEVENT")) == ["One", "Two"]


def test_past_webinars_show_recordings_and_slides(client):
    EventFactory(
        title="Past webinar",
        starts_at=timezone.now() - timedelta(days=40),
        recording_url="https://example.org/recording",
        slides_url="https://example.org/slides.pdf",
    )
    EventFactory(title="Future webinar")
    page = client.get(reverse("etisc:events")).content.decode()
    assert page.index("Future webinar") < page.index("Past webinar")
    assert "https://example.org/recording" in page and "https://example.org/slides.pdf" in page


def test_news_item_page_shows_source(client):
    item = NewsItemFactory(source_url="https://www.wipo.int/tisc/en/")
    assert "https://www.wipo.int/tisc/en/" in client.get(item.get_absolute_url()).content.decode()


def test_home_page_selectors_respect_visibility(public_topic, private_topic):
    from etisc.selectors import events_upcoming_public, topics_recent_public

    EventFactory(title="Soon")
    EventFactory(title="Long ago", starts_at=timezone.now() - timedelta(days=40))
    assert [t.pk for t in topics_recent_public()] == [public_topic.pk]
    public_topic.hidden = True
    public_topic.save()
    assert topics_recent_public() == []
    assert [e.title for e in events_upcoming_public()] == ["Soon"]


def test_visible_to_is_the_rule_for_topics_and_posts(public_topic, private_topic, member, outsider):
    from django.contrib.auth.models import AnonymousUser

    from etisc.models import Post, Topic

    assert set(Topic.objects.visible_to(AnonymousUser())) == {public_topic}
    assert set(Topic.objects.visible_to(outsider)) == {public_topic}
    assert set(Topic.objects.visible_to(member)) == {public_topic, private_topic}
    assert set(Post.objects.visible_to(AnonymousUser()).values_list("topic", flat=True)) == {public_topic.pk}
