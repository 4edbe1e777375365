"""The shape of `analytics/content/`: `languages.csv` and `fields.csv` (the taxonomy, one row each),
`publishers/<slug>.yaml`, `reports/<slug>.yaml` and `guides/<slug>.yaml` (one file each). Reports name their publisher,
fields, languages and previous edition by slug; `analytics.content.read` checks that they exist."""

from typing import Annotated

from django_countries import countries
from pydantic import AfterValidator, Field, field_validator

from analytics.models import Publisher, Region, Series
from inspire.content.schema import Entry, Markdown, Sourced, WebAddress

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
Slug = Annotated[str, Field(pattern=SLUG_PATTERN, max_length=200)]


def _known_country(code: str) -> str:
    if countries.alpha2(code) != code:
        raise ValueError(f"{code} is not an ISO 3166-1 alpha-2 country code")
    return code


Country = Annotated[str, AfterValidator(_known_country)]


class LanguageRow(Entry):
    """One row of `languages.csv`."""

    code: str = Field(pattern=r"^[a-z]{2}$", description="ISO 639-1")
    name: str = Field(max_length=60)


class FieldRow(Entry):
    """One row of `fields.csv`. A parent must be a broad area (a row without parent) listed above it."""

    slug: str = Field(pattern=SLUG_PATTERN, max_length=80)
    name: str = Field(max_length=120)
    parent: Slug | None = None
    description: str = ""


class PublisherEntry(Sourced):
    name: str = Field(max_length=200)
    acronym: str = Field(default="", max_length=20)
    kind: Publisher.Kind
    # The seat of a national organization; left out for intergovernmental ones.
    country: Country = ""
    website_url: WebAddress | None = None
    description: Markdown


class ReportEntry(Sourced):
    """`landing_url` only where the page was seen to be the report's own page (never a mirror)."""

    title: str = Field(max_length=300)
    series: Series
    publisher: Slug
    prepared_with: str = Field(default="", max_length=300)
    publication_year: int | None = Field(default=None, ge=1950, le=2100)
    edition: int = Field(default=1, ge=1)
    previous_edition: Slug | None = None
    fields: list[Slug] = Field(min_length=1)
    # The curators' pointer to where the technology sits in the classification, one class an item.
    classes: list[Annotated[str, Field(min_length=1, pattern=r"^[^;]+$")]] = []
    region: Region = Region.GLOBAL
    countries: list[Country] = []
    languages: list[str] = []
    landing_url: WebAddress | None = None
    summary: Markdown
    is_published: bool = True

    @field_validator("classes")
    @classmethod
    def _fit_the_column(cls, classes: list[str]) -> list[str]:
        if len("; ".join(classes)) > 300:
            raise ValueError("together longer than 300 characters")
        return classes


class GuideEntry(Sourced):
    """`guides/<slug>.yaml`: a methodology guide; `url` is the guide's own page, `source` where its facts
    were checked. Languages are codes of `languages.csv`."""

    title: str = Field(max_length=300)
    publisher: str = Field(max_length=200)
    year: int | None = Field(default=None, ge=1950, le=2100)
    url: WebAddress
    languages: list[str] = Field(min_length=1)
    summary: Markdown = ""
