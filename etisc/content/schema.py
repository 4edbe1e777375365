"""The shape of `etisc/content/demo.yaml`: the demo community in one file. People are named by
username and groups by slug; `etisc.content.read` checks that every name is listed in the file."""

import datetime
import zoneinfo
from typing import Annotated

from pydantic import AfterValidator, AwareDatetime, Field, model_validator

from etisc.models import Event, Group
from inspire.accounts.models import User
from inspire.content.schema import Entry, Markdown, Sourced

Slug = Annotated[str, Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=50)]
Username = Annotated[str, Field(pattern=r"^[\w.@+-]+$", max_length=150)]


def _known_zone(name: str) -> str:
    if name not in zoneinfo.available_timezones():
        raise ValueError(f"{name} is not an IANA time zone name")
    return name


class DemoUser(Entry):
    """A demo account, created once with no usable password; later edits of the account are kept."""

    username: Username
    first_name: str = Field(max_length=150)
    last_name: str = Field(max_length=150)
    role: User.Role


class DemoGroup(Entry):
    slug: Slug
    name: str = Field(max_length=120)
    visibility: Group.Visibility
    description: Markdown
    moderators: list[Username] = Field(min_length=1)
    members: list[Username] = []


class DemoReply(Entry):
    author: Username
    body: str = Field(min_length=1)


class DemoTopic(Entry):
    """Created once with its replies, through the same services as a member's post."""

    group: Slug
    author: Username
    title: str = Field(max_length=200)
    tags: list[str] = []
    body: str = Field(min_length=1)
    replies: list[DemoReply] = []


class DemoQuestion(Entry):
    """Created once with its votes, answer and acceptance."""

    author: Username
    body: str = Field(min_length=1, max_length=4000)
    voters: list[Username] = []
    answer: str = ""
    accepted: bool = False

    @model_validator(mode="after")
    def _consistent(self):
        if self.accepted and not self.answer:
            raise ValueError("accepted needs an answer")
        if self.author in self.voters:
            raise ValueError(f"{self.author} cannot vote for their own question")
        return self


class DemoSession(Entry):
    slug: Slug
    title: str = Field(max_length=200)
    theme: str = Field(max_length=200)
    expert: Username
    description: Markdown
    opens_at: AwareDatetime
    closes_at: AwareDatetime
    questions: list[DemoQuestion] = []

    @model_validator(mode="after")
    def _opens_before_closing(self):
        if self.closes_at <= self.opens_at:
            raise ValueError("closes_at must be after opens_at")
        return self


class DemoEvent(Entry):
    slug: Slug
    title: str = Field(max_length=200)
    kind: Event.Kind
    description: Markdown
    starts_at: AwareDatetime
    ends_at: AwareDatetime
    timezone: Annotated[str, AfterValidator(_known_zone)] = "UTC"
    venue: str = Field(default="", max_length=200)
    group: Slug | None = None

    @model_validator(mode="after")
    def _starts_before_ending(self):
        if self.ends_at <= self.starts_at:
            raise ValueError("ends_at must be after starts_at")
        return self


class DemoNews(Sourced):
    slug: Slug
    title: str = Field(max_length=200)
    published_on: datetime.date
    body: str = Field(min_length=1)


class DemoContent(Entry):
    users: list[DemoUser]
    groups: list[DemoGroup] = []
    topics: list[DemoTopic] = []
    session: DemoSession
    events: list[DemoEvent] = []
    news: list[DemoNews] = []
