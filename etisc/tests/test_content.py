import datetime
import shutil

import pytest
from django.core.management import call_command

from etisc import content, services
from etisc.models import (
    Event,
    ExpertSession,
    Group,
    Membership,
    NewsItem,
    Notification,
    Post,
    Question,
    QuestionVote,
    Tag,
    Topic,
    Watch,
)
from inspire.accounts.models import User
from inspire.content.errors import ContentInvalid
from inspire.content.registry import errors_of
from inspire.content.seeding import Seeder

pytestmark = pytest.mark.django_db

MODELS = [User, Group, Membership, Tag, Topic, Post, Watch, ExpertSession, Question, QuestionVote, Event, NewsItem]


def counts() -> dict[str, int]:
    return {model._meta.label: model.objects.count() for model in [*MODELS, Notification]}


def copy_content(tmp_path):
    shutil.copytree(content.ROOT, tmp_path / "content", ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return tmp_path / "content"


def test_the_demo_file_holds_every_entry_of_the_old_demo_content():
    summary = content.load(Seeder())
    assert summary == "3 demo groups, 3 new demo topics, 1 demo Ask the Expert session, 3 demo events, 1 news items"
    assert counts() == {
        "accounts.User": 4,
        "etisc.Group": 3,
        "etisc.Membership": 7,
        "etisc.Tag": 5,
        "etisc.Topic": 3,
        "etisc.Post": 6,
        "etisc.Watch": 6,
        "etisc.ExpertSession": 1,
        "etisc.Question": 2,
        "etisc.QuestionVote": 3,
        "etisc.Event": 3,
        "etisc.NewsItem": 1,
        "etisc.Notification": 4,
    }
    for model in [Group, ExpertSession, Event, NewsItem]:
        assert not model.objects.filter(is_demo=False).exists(), model
    assert not User.objects.filter(username__startswith="demo-").exclude(password__startswith="!").exists()
    assert Question.objects.filter(accepted=True).count() == 1
    assert Topic.objects.get(title__startswith="Where do you start").post_count == 3
    news = NewsItem.objects.get()
    assert (news.source_url, news.reviewed_on) == ("https://www.wipo.int/tisc/en/", datetime.date(2026, 11, 24))


def test_loading_twice_changes_nothing():
    call_command("load_content", "--only", "etisc", verbosity=0)
    first = counts()
    seeder = Seeder()
    summary = content.load(seeder)
    assert counts() == first
    assert "0 new demo topics" in summary
    assert not seeder.report.created and not seeder.report.updated and not seeder.report.lines()


def test_a_moderators_edit_of_a_demo_event_survives_a_reload(admin_client):
    content.load(Seeder())
    event = Event.objects.get(slug="demo-workshop-search-reports")
    form = {
        "slug": event.slug,
        "title": event.title,
        "kind": event.kind,
        "description": event.description,
        "starts_at_0": "2027-03-18",
        "starts_at_1": "09:00:00",
        "ends_at_0": "2027-03-18",
        "ends_at_1": "12:00:00",
        "timezone": event.timezone,
        "venue": "Room 2, the real venue",
        "group": event.group_id,
    }
    assert admin_client.post(f"/admin/etisc/event/{event.pk}/change/", form).status_code == 302
    seeder = Seeder()
    content.load(seeder)
    event.refresh_from_db()
    assert event.venue == "Room 2, the real venue"
    assert event.starts_at.date() == datetime.date(2027, 3, 18)
    assert "etisc/events/demo-workshop-search-reports.venue: kept curator edit; file differs" in seeder.report.conflicts


def test_community_changes_to_demo_topics_and_votes_are_not_undone():
    content.load(Seeder())
    question = Question.objects.get(body__startswith="How can I check")
    services.question_vote(user=User.objects.get(username="demo-researcher"), question=question)
    topic = Topic.objects.get(title__startswith="Where do you start")
    services.post_create(user=User.objects.get(username="demo-member"), topic=topic, body="Thanks, both of you.")
    content.load(Seeder())
    question.refresh_from_db()
    assert question.vote_count == 1
    assert Topic.objects.get(pk=topic.pk).post_count == 4


def test_a_changed_file_reaches_rows_nobody_edited(tmp_path):
    root = copy_content(tmp_path)
    content.load(Seeder(), root=root)
    path = root / "demo.yaml"
    text = path.read_text().replace("venue: Demo venue", "venue: Demo venue, second floor")
    path.write_text(text.replace("name: Patent searching (demo)", "name: Patent search (demo)"))
    content.load(Seeder(), root=root)
    assert Event.objects.get(slug="demo-workshop-search-reports").venue == "Demo venue, second floor"
    assert Group.objects.get(slug="patent-searching").name == "Patent search (demo)"


def test_content_check_names_the_file_and_line_of_each_error(tmp_path, monkeypatch):
    root = copy_content(tmp_path)
    path = root / "demo.yaml"
    lines = path.read_text().splitlines()
    kind = lines.index("  kind: workshop") + 1
    author = lines.index("- group: technology-transfer") + 2
    assert lines[author - 1] == "  author: demo-moderator"
    lines[kind - 1] = "  kind: party"
    lines[author - 1] = "  author: demo-stranger"
    path.write_text("\n".join(lines) + "\n")
    monkeypatch.setattr(content, "ROOT", root)
    errors = [str(error) for error in errors_of(content)]
    assert any(error.startswith(f"{path}:{kind}: events.1.kind: Input should be") for error in errors), errors
    with pytest.raises(ContentInvalid):
        content.load(Seeder(), root=root)
    lines[kind - 1] = "  kind: workshop"
    path.write_text("\n".join(lines) + "\n")
    assert [str(error) for error in errors_of(content)] == [
        f"{path}:{author}: demo-stranger is not a member of technology-transfer"
    ]
