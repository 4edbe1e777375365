"""The shape of `tisc/content/`: one YAML file per real network (`networks/<slug>.yaml`), its host
institutions as CSV rows (`institutions/<slug>.csv`), and the demo workspace in `demo.yaml`."""

import datetime
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field, model_validator

from inspire.accounts.models import User
from inspire.content.schema import Entry, Markdown, ReviewDate, Sourced, WebAddress
from inspire.jurisdictions import countries
from tisc.choices import Gender, InstitutionKind, RequesterCategory, RequestKind, Service
from tisc.models import Activity, Indicator, Report

Slug = Annotated[str, Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=80)]
Username = Annotated[str, Field(pattern=r"^[\w.@+-]+$", max_length=150)]
Year = Annotated[int, Field(ge=2009, le=2100)]


def _country(code: str) -> str:
    if code not in countries():
        raise ValueError(f"{code} is not an ISO 3166 country code")
    return code


def _language(code: str) -> str:
    from django.conf.locale import LANG_INFO

    if code not in LANG_INFO:
        raise ValueError(f"{code} is not a language code Django knows (such as en, fr, es)")
    return code


def _pipe_list(value: object) -> object:
    """A CSV cell "en|fr" is the list ["en", "fr"]."""
    return [part.strip() for part in value.split("|") if part.strip()] if isinstance(value, str) else value


Country = Annotated[str, AfterValidator(_country)]
Language = Annotated[str, AfterValidator(_language)]


class NetworkEntry(Sourced):
    """A real national network. `host_services` are services the source says every host institution offers."""

    name: str = Field(max_length=200)
    country: Country
    coordinator: str = Field(max_length=200)
    coordinator_url: WebAddress | None = None
    since_year: Year | None = None
    stated_host_count: int | None = Field(default=None, ge=1)
    stated_host_count_year: Year | None = None
    stated_host_count_source: WebAddress | None = None
    summary: Markdown = ""
    host_services: list[Service] = []
    host_services_source: WebAddress | None = None
    dashboard_public: bool = False

    @model_validator(mode="after")
    def _sourced_parts(self):
        count = (self.stated_host_count, self.stated_host_count_year, self.stated_host_count_source)
        if any(value is not None for value in count) and None in count:
            raise ValueError("give stated_host_count with its stated_host_count_year and stated_host_count_source")
        if self.host_services and not self.host_services_source:
            raise ValueError("host_services need host_services_source: the page that states them")
        return self


class InstitutionRow(Entry):
    """One row of `institutions/<network>.csv`. Empty source and review date: the network's."""

    slug: Slug
    name: str = Field(max_length=200)
    kind: InstitutionKind
    city: str = Field(default="", max_length=100)
    since_year: Year | None = None
    languages: Annotated[list[Language], BeforeValidator(_pipe_list)] = []
    services: Annotated[list[Service], BeforeValidator(_pipe_list)] = []
    website: WebAddress | None = None
    contact_url: WebAddress | None = None
    contact_email: str = Field(default="", max_length=254)
    note: str = Field(default="", max_length=300)
    source: WebAddress | None = None
    reviewed_on: ReviewDate | None = None


class DemoUser(Entry):
    """A demo account. It gets settings.TISC_DEMO_PASSWORD (set in development only), else none."""

    username: Username
    first_name: str = Field(max_length=150)
    last_name: str = Field(max_length=150)
    role: User.Role = User.Role.TISC_STAFF


class DemoInstitution(Entry):
    slug: Slug
    name: str = Field(max_length=200)
    kind: InstitutionKind
    city: str = Field(max_length=100)
    since_year: Year
    languages: list[Language] = []
    services: list[Service] = []
    contact_email: str = Field(default="", max_length=254)
    staff: list[Username] = []
    # How busy the generated TISC is, relative to the others (1: about 18 requests a month).
    volume: float = Field(default=1.0, gt=0, le=5)


class DemoIndicator(Entry):
    name: str = Field(max_length=200)
    measure: Indicator.Measure
    kind: RequestKind | None = None
    requester_category: RequesterCategory | None = None
    gender: Gender | None = None
    baseline: int | None = Field(default=None, ge=0)
    baseline_year: Year | None = None
    targets: dict[Year, Annotated[int, Field(ge=0)]] = {}


class DemoActivity(Entry):
    title: str = Field(max_length=200)
    description: Markdown = ""
    institution: Slug | None = None
    owner: Username | None = None
    due_on: datetime.date
    status: Activity.Status = Activity.Status.PLANNED


class DemoProject(Entry):
    title: str = Field(max_length=200)
    objectives: Markdown
    start_year: Year
    end_year: Year
    indicators: list[DemoIndicator] = []
    activities: list[DemoActivity] = []


class DemoNetwork(Entry):
    slug: Slug
    name: str = Field(max_length=200)
    coordinator: str = Field(max_length=200)
    since_year: Year
    summary: Markdown = ""
    dashboard_public: bool = False
    coordinators: list[Username] = Field(min_length=1)
    institutions: list[DemoInstitution] = Field(min_length=1)
    project: DemoProject


class DemoComment(Entry):
    author: Username
    body: str = Field(min_length=1, max_length=4000)


class DemoReport(Entry):
    """A report taken through the workflow once: submitted, then returned or accepted as `status` says."""

    network: Slug
    institution: Slug | None = None
    year: Year
    quarter: int = Field(ge=0, le=4)
    status: Report.Status
    narrative: Markdown = ""
    review_comment: str = ""
    comments: list[DemoComment] = []


class DemoGenerator(Entry):
    """Generated records: the same seed gives the same records on every machine."""

    seed: int
    start: datetime.date
    months: int = Field(ge=1, le=36)

    @model_validator(mode="after")
    def _first_of_month(self):
        if self.start.day != 1:
            raise ValueError("start must be the first day of a month")
        return self


class DemoContent(Entry):
    users: list[DemoUser]
    programme_staff: list[Username] = []
    networks: list[DemoNetwork]
    reports: list[DemoReport] = []
    generator: DemoGenerator
