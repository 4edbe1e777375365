"""The eTISC demo community, read from `demo.yaml`: demo users, groups, topics, an Ask the Expert
session, events and news. Everything it creates is flagged as demo data on the pages."""

import datetime
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from etisc.content.schema import DemoContent
from inspire.accounts.models import User
from inspire.content.errors import ContentError, ContentInvalid
from inspire.content.files import yaml_entry, yaml_line
from inspire.content.seeding import Seeder

ROOT = Path(__file__).parent
# Demo accounts count as established members, so the new-member limits do not apply to them.
DEMO_JOINED = datetime.datetime(2026, 11, 1, tzinfo=datetime.UTC)


def _reference_errors(demo: DemoContent, path: Path) -> Iterable[ContentError]:
    def error(message: str, *location: str | int) -> ContentError:
        return ContentError(path, yaml_line(path, *location), message)

    for section, key in (("users", "username"), ("groups", "slug"), ("events", "slug"), ("news", "slug")):
        counts = Counter(getattr(item, key) for item in getattr(demo, section))
        for index, item in enumerate(getattr(demo, section)):
            if counts[getattr(item, key)] > 1:
                yield error(f"{key} {getattr(item, key)} is listed more than once", section, index, key)
    users = {user.username: user for user in demo.users}
    posters = {}
    for index, group in enumerate(demo.groups):
        for role in ("moderators", "members"):
            for position, username in enumerate(getattr(group, role)):
                if username not in users:
                    yield error(f"{username} is not in users", "groups", index, role, position)
        for username in set(group.moderators) & set(group.members):
            yield error(f"{username} is both moderator and member", "groups", index, "members")
        posters[group.slug] = {*group.moderators, *group.members}
    titles = Counter((topic.group, topic.title) for topic in demo.topics)
    for index, topic in enumerate(demo.topics):
        if topic.group not in posters:
            yield error(f"no group {topic.group} in groups", "topics", index, "group")
            continue
        if titles[(topic.group, topic.title)] > 1:
            yield error("another topic in this group has the same title", "topics", index, "title")
        authors = [
            (topic.author, ("author",)),
            *((r.author, ("replies", n, "author")) for n, r in enumerate(topic.replies)),
        ]
        for username, where in authors:
            if username not in posters[topic.group]:
                yield error(f"{username} is not a member of {topic.group}", "topics", index, *where)
    session = demo.session
    if session.expert not in users or users[session.expert].role != User.Role.EXPERT:
        yield error(f"{session.expert} is not a user with the expert role", "session", "expert")
    for index, question in enumerate(session.questions):
        names = [(question.author, ("author",)), *((name, ("voters", n)) for n, name in enumerate(question.voters))]
        for username, where in names:
            if username not in users:
                yield error(f"{username} is not in users", "session", "questions", index, *where)
    for index, event in enumerate(demo.events):
        if event.group is not None and event.group not in posters:
            yield error(f"no group {event.group} in groups", "events", index, "group")


def read(root: Path = ROOT) -> DemoContent:
    """The demo file, validated; raises ContentInvalid listing every error."""
    path = root / "demo.yaml"
    demo = yaml_entry(path, DemoContent).entry
    errors = list(_reference_errors(demo, path))
    if errors:
        raise ContentInvalid(errors)
    return demo


def load(seeder: Seeder, root: Path = ROOT) -> str:
    from etisc import services

    demo = read(root)
    users = {entry.username: services.demo_user_create(entry=entry, date_joined=DEMO_JOINED) for entry in demo.users}
    groups = {entry.slug: services.group_seed(entry=entry, users=users, seeder=seeder) for entry in demo.groups}
    new_topics = 0
    for entry in demo.topics:
        group = groups[entry.group]
        if group is not None and services.demo_topic_create(entry=entry, group=group, users=users):
            new_topics += 1
    session = services.expert_session_seed(entry=demo.session, expert=users[demo.session.expert], seeder=seeder)
    if session is not None:
        for entry in demo.session.questions:
            services.demo_question_create(entry=entry, session=session, users=users)
    for entry in demo.events:
        services.event_seed(entry=entry, group=groups.get(entry.group), seeder=seeder)
    for entry in demo.news:
        services.news_seed(entry=entry, seeder=seeder)
    return (
        f"{len(groups)} demo groups, {new_topics} new demo topics, 1 demo Ask the Expert session, "
        f"{len(demo.events)} demo events, {len(demo.news)} news items"
    )
