"""Loads the eTISC demo content: demo users, groups, topics, an Ask the Expert session, events, news."""

from datetime import date, datetime

from django.contrib.auth import get_user_model

from etisc import services
from etisc.data.demo import DEMO_USERS, EVENTS, GROUPS, NEWS, SESSION, TOPICS
from etisc.models import Group, Membership, Question, QuestionVote, Topic

REVIEWED_ON = date(2026, 11, 24)
# Demo accounts count as established members, so the new-member limits do not apply to them.
DEMO_JOINED = datetime.fromisoformat("2026-11-01T00:00:00+00:00")


def _users() -> dict:
    User = get_user_model()
    users = {}
    for values in DEMO_USERS:
        user, created = User.objects.get_or_create(
            username=values["username"],
            defaults={**{k: v for k, v in values.items() if k != "username"}, "date_joined": DEMO_JOINED},
        )
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
        users[user.username] = user
    return users


def _groups(users: dict) -> dict[str, Group]:
    groups = {}
    for values in GROUPS:
        group = services.group_upsert(
            slug=values["slug"],
            name=values["name"],
            description=values["description"],
            visibility=values["visibility"],
            is_demo=True,
        )
        for username in values["moderators"]:
            services.membership_set(user=users[username], group=group, role=Membership.Role.MODERATOR)
        for username in values["members"]:
            services.membership_set(user=users[username], group=group, role=Membership.Role.MEMBER)
        groups[group.slug] = group
    return groups


def _topics(users: dict, groups: dict) -> int:
    created = 0
    for values in TOPICS:
        group = groups[values["group"]]
        if Topic.objects.filter(group=group, title=values["title"]).exists():
            continue
        topic = services.topic_create(
            user=users[values["author"]], group=group, title=values["title"], body=values["body"], tags=values["tags"]
        )
        for username, body in values["replies"]:
            services.post_create(user=users[username], topic=topic, body=body)
        created += 1
    return created


def _session(users: dict) -> None:
    values = {k: v for k, v in SESSION.items() if k not in ("questions", "expert", "slug")}
    values["opens_at"] = datetime.fromisoformat(values["opens_at"])
    values["closes_at"] = datetime.fromisoformat(values["closes_at"])
    session = services.expert_session_upsert(
        slug=SESSION["slug"], expert=users[SESSION["expert"]], is_demo=True, **values
    )
    for item in SESSION["questions"]:
        question = Question.objects.filter(session=session, body=item["body"]).first()
        if question is None:
            question = Question.objects.create(session=session, author=users[item["author"]], body=item["body"])
        for username in item["voters"]:
            if not QuestionVote.objects.filter(question=question, user=users[username]).exists():
                services.question_vote(user=users[username], question=question)
        if item["answer"] and not question.answer:
            question = services.question_answer(user=session.expert, question=question, answer=item["answer"])
        if item["accepted"] and not question.accepted:
            services.question_accept(user=question.author, question=question)


def load() -> str:
    users = _users()
    groups = _groups(users)
    new_topics = _topics(users, groups)
    _session(users)
    for values in EVENTS:
        services.event_upsert(
            slug=values["slug"],
            title=values["title"],
            kind=values["kind"],
            description=values["description"],
            starts_at=datetime.fromisoformat(values["starts_at"]),
            ends_at=datetime.fromisoformat(values["ends_at"]),
            timezone=values["timezone"],
            venue=values.get("venue", ""),
            group=groups[values["group"]],
            is_demo=True,
        )
    for values in NEWS:
        services.news_upsert(
            slug=values["slug"],
            title=values["title"],
            body=values["body"],
            published_on=date.fromisoformat(values["published_on"]),
            source_url=values["source_url"],
            reviewed_on=REVIEWED_ON,
            is_demo=True,
        )
    return (
        f"{len(groups)} demo groups, {new_topics} new demo topics, 1 demo Ask the Expert session, "
        f"{len(EVENTS)} demo events, {len(NEWS)} news items"
    )
