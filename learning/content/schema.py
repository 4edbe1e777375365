"""The shape of `learning/content/`: `providers.csv` and `topics.csv` (one row each), and
`resources/<slug>.yaml` and `paths/<slug>.yaml` (one file each). Entries name their source by a key
of `programmes/content/sources.yaml`; `learning.content.read` checks every reference."""

from typing import Annotated

from pydantic import Field, model_validator

from inspire.content.schema import Entry, Markdown, ReviewDate, WebAddress
from learning.hublinks import HubLink
from learning.models import Format, Kind, Level

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
Slug = Annotated[str, Field(pattern=SLUG_PATTERN, max_length=120)]
Language = Annotated[str, Field(pattern=r"^(ar|zh|en|fr|pt|ru|es)$")]


class ProviderRow(Entry):
    slug: Slug
    name: str = Field(max_length=200)
    website: WebAddress | None = None


class TopicRow(Entry):
    slug: Slug
    name: str = Field(max_length=120)


class EditionEntry(Entry):
    language: Language
    title: str = Field(max_length=300)
    url: WebAddress | None = None


class ResourceEntry(Entry):
    """Leave out what the source does not state: a missing format, level or duration is "not recorded"."""

    title: str = Field(max_length=300)
    kind: Kind
    provider: Slug
    format: Format | None = None
    level: Level | None = None
    duration: str = Field(default="", max_length=120)
    languages: list[Language] = []
    topics: list[Slug] = []
    year: int | None = Field(default=None, ge=1950, le=2100)
    url: WebAddress | None = None
    summary: Markdown
    hub_links: list[HubLink] = []
    editions: list[EditionEntry] = []
    is_published: bool = True
    source: Slug
    reviewed_on: ReviewDate

    @model_validator(mode="after")
    def _one_edition_per_language(self) -> "ResourceEntry":
        languages = [edition.language for edition in self.editions]
        if len(set(languages)) != len(languages):
            raise ValueError("two editions in the same language")
        return self


class StepEntry(Entry):
    title: str = Field(max_length=200)
    description: Markdown = ""
    resource: Slug | None = None
    hub_link: HubLink | None = None


class PathEntry(Entry):
    title: str = Field(max_length=200)
    summary: Markdown
    order: int = Field(default=0, ge=0)
    steps: list[StepEntry] = Field(min_length=1)
    source: Slug
    reviewed_on: ReviewDate
