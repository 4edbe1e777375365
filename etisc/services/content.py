"""Seeding the demo community from etisc/content/demo.yaml (see inspire.content.seeding)."""

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from etisc.models import (
    Event,
    ExpertSession,
    Group,
    Membership,
    NewsItem,
    Question,
    Topic,
)
from inspire.accounts.models import User
from inspire.content.seeding import Seeder

if TYPE_CHECKING:
    from etisc.content.schema import DemoEvent, DemoGroup, DemoNews, DemoQuestion, DemoSession, DemoTopic, DemoUser
from etisc.services.posts import post_create
from etisc.services.sessions import question_accept, question_answer, question_vote
from etisc.services.topics import topic_create


def _utc(moment: datetime) -> datetime:
    # The database hands datetimes back in UTC; comparing in UTC keeps a reload from seeing a change.
    return moment.astimezone(UTC)


@transaction.atomic
def demo_user_create(*, entry: "DemoUser", date_joined: datetime) -> User:
    """A demo account that cannot sign in; an existing account is left as staff keep it."""
    user = User.objects.filter(username=entry.username).first()
    if user is None:
        user = User(
            username=entry.username,
            first_name=entry.first_name,
            last_name=entry.last_name,
            role=entry.role,
            date_joined=date_joined,
        )
        user.set_unusable_password()
        user.full_clean()
        user.save()
    return user


@transaction.atomic
def group_seed(*, entry: "DemoGroup", users: dict[str, User], seeder: Seeder) -> Group | None:
    values = {"name": entry.name, "description": entry.description, "visibility": entry.visibility, "is_demo": True}
    group = seeder.seed(Group, key=f"etisc/groups/{entry.slug}", lookup={"slug": entry.slug}, values=values)
    if group is None:
        return None
    roles = [(Membership.Role.MODERATOR, entry.moderators), (Membership.Role.MEMBER, entry.members)]
    for role, usernames in roles:
        for username in usernames:
            seeder.seed(
                Membership,
                key=f"etisc/groups/{entry.slug}/members/{username}",
                lookup={"group": group, "user": users[username]},
                values={"role": role, "status": Membership.Status.ACTIVE},
            )
    return group


@transaction.atomic
def demo_topic_create(*, entry: "DemoTopic", group: Group, users: dict[str, User]) -> Topic | None:
    """The topic and its replies, unless the group already has a topic of that title."""
    if Topic.objects.filter(group=group, title=entry.title).exists():
        return None
    topic = topic_create(user=users[entry.author], group=group, title=entry.title, body=entry.body, tags=entry.tags)
    for reply in entry.replies:
        post_create(user=users[reply.author], topic=topic, body=reply.body)
    return topic


@transaction.atomic
def expert_session_seed(*, entry: "DemoSession", expert: User, seeder: Seeder) -> ExpertSession | None:
    if not expert.is_expert:
        raise ValidationError({"expert": _("The session's expert must have the expert role.")})
    values = {
        "title": entry.title,
        "theme": entry.theme,
        "description": entry.description,
        "expert": expert,
        "opens_at": _utc(entry.opens_at),
        "closes_at": _utc(entry.closes_at),
        "is_demo": True,
    }
    return seeder.seed(ExpertSession, key=f"etisc/sessions/{entry.slug}", lookup={"slug": entry.slug}, values=values)


@transaction.atomic
def demo_question_create(*, entry: "DemoQuestion", session: ExpertSession, users: dict[str, User]) -> Question | None:
    """The question with its votes, answer and acceptance, unless the session already has it.

    Written directly rather than through question_create: a demo session may be loaded after it closed."""
    if Question.objects.filter(session=session, body=entry.body).exists():
        return None
    question = Question(session=session, author=users[entry.author], body=entry.body)
    question.full_clean()
    question.save()
    for username in entry.voters:
        question_vote(user=users[username], question=question)
    if entry.answer:
        question = question_answer(user=session.expert, question=question, answer=entry.answer)
    if entry.accepted:
        question_accept(user=question.author, question=question)
    return question


@transaction.atomic
def event_seed(*, entry: "DemoEvent", group: Group | None, seeder: Seeder) -> Event | None:
    values = {
        "title": entry.title,
        "kind": entry.kind,
        "description": entry.description,
        "starts_at": _utc(entry.starts_at),
        "ends_at": _utc(entry.ends_at),
        "timezone": entry.timezone,
        "venue": entry.venue,
        "group": group,
        "is_demo": True,
    }
    return seeder.seed(Event, key=f"etisc/events/{entry.slug}", lookup={"slug": entry.slug}, values=values)


@transaction.atomic
def news_seed(*, entry: "DemoNews", seeder: Seeder) -> NewsItem | None:
    values = {
        "title": entry.title,
        "body": entry.body,
        "published_on": entry.published_on,
        "source_url": entry.source,
        "reviewed_on": entry.reviewed_on,
        "is_demo": True,
    }
    return seeder.seed(NewsItem, key=f"etisc/news/{entry.slug}", lookup={"slug": entry.slug}, values=values)
