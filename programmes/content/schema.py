"""The shape of `programmes/content/`: `sources.yaml` (every page or report the facts come from),
`programmes/<slug>.yaml` (one programme with its providers and products), `lists/<slug>.yaml` (one
group of a programme's country list) and `statistics.csv` (yearly figures). Entries name their
source by key; `programmes.content.read` checks that the key and the programme exist."""

import datetime
from typing import Annotated

from django_countries import countries
from pydantic import AfterValidator, Field, model_validator

from inspire.content.schema import Entry, Markdown, ReviewDate, WebAddress
from programmes.models import EligibilityList, InstitutionType, Statistic

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
Slug = Annotated[str, Field(pattern=SLUG_PATTERN, max_length=80)]


def _known_country(code: str) -> str:
    if countries.alpha2(code) != code:
        raise ValueError(f"{code} is not an ISO 3166-1 alpha-2 country code")
    return code


Country = Annotated[str, AfterValidator(_known_country)]


class SourceEntry(Entry):
    """`url` is left out only for a report read without a web address (it is then cited by title)."""

    key: Slug
    title: str = Field(max_length=300)
    publisher: str = Field(max_length=200)
    url: WebAddress | None = None
    note: str = ""
    reviewed_on: ReviewDate


class SourcesFile(Entry):
    sources: list[SourceEntry] = Field(min_length=1)


class Cited(Entry):
    """Facts with their provenance: a key of `sources.yaml` and the day the curator checked them."""

    source: Slug
    reviewed_on: ReviewDate


class ProductEntry(Entry):
    name: str = Field(max_length=200)
    # The hub's report on the product, by its slug in databases/content/databases/.
    database: Slug | None = None


class ProviderEntry(Entry):
    slug: Slug
    name: str = Field(max_length=200)
    website: WebAddress | None = None
    source: Slug
    products: list[ProductEntry] = []


class ProgrammeEntry(Entry):
    sources: list[Slug] = Field(min_length=1)
    reviewed_on: ReviewDate
    name: str = Field(max_length=200)
    acronym: str = Field(max_length=20)
    summary: str = Field(max_length=400)
    offers: Markdown
    eligibility: Markdown
    registration: Markdown
    registration_url: WebAddress | None = None
    partnership: Markdown = ""
    order: int = Field(default=0, ge=0)
    providers: list[ProviderEntry] = []


class ListEntry(Cited):
    """One group of a country list. `complete: true` only when every country of the group was read."""

    programme: Slug
    name: str = Field(max_length=120)
    access: EligibilityList.Access
    research4life_group: str = Field(default="", pattern=r"^[AB]?$")
    terms: str = ""
    institution_types: list[InstitutionType] = []
    countries: list[Country] = []
    complete: bool = False
    stated_count: int | None = Field(default=None, ge=1)
    order: int = Field(default=0, ge=0)

    @model_validator(mode="after")
    def _complete_lists_hold_what_the_source_counts(self) -> "ListEntry":
        if len(set(self.countries)) != len(self.countries):
            raise ValueError("a country is listed twice")
        if self.complete and self.stated_count is not None and len(self.countries) != self.stated_count:
            raise ValueError(f"the source counts {self.stated_count} countries; the file lists {len(self.countries)}")
        if self.complete and not self.countries:
            raise ValueError("a complete list needs its countries")
        return self


class StatisticRow(Entry):
    """One row of `statistics.csv`."""

    programme: Slug
    year: int = Field(ge=2000, le=datetime.date.today().year)
    metric: Statistic.Metric
    value: int = Field(ge=0)
    qualifier: Statistic.Qualifier = Statistic.Qualifier.EXACT
    note: str = Field(default="", max_length=300)
    source: Slug
