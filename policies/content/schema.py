"""The shape of `policies/content/`.

`institutions/<slug>.yaml`: one institution and the policies it publishes. A policy's `url` is given
only where that exact address was found on the policy's own published page or quoted for it in a
source we could check; otherwise it is left out and the policy's `source` is the institution's own
site, where the policy is published. `source` is the page where the title and year were checked
(the policy URL itself when that page states them). Years (adoption or latest revision) are given
only where a source states them. Titles use the institution's own name for the policy where it is
well known and otherwise describe what the policy covers; summaries are ours. Comments above a
policy say what was checked. A policy's key terms (`ownership`, `inventor_share`,
`patenting_decision`) are given only where a source states them, in its words, with `terms_source`,
the page stating them; a term left out is shown as not recorded.

`toolkit/<topic-key>.yaml`: one topic of the IP Policy Writer's Checklist with its questions and
the template clauses answering each. The structure (topics, and what a policy must settle in each)
follows the public description of the WIPO IP Policy Toolkit; the wording of every question,
clause and guideline is our own. Clause text may use {institution} and {office}. Exactly one clause
per question is the template's default.

`national/<country>.yaml`: a national model of the institutional IP policy built with WIPO on the
basis of its toolkit. Only the countries we can document are listed; WIPO names more on its
toolkit page.

`regional/<slug>.yaml`: a regional model built the same way for a group of countries, with its
member countries and the page that lists them (`members_source`).
"""

from typing import Annotated

from django_countries import countries
from pydantic import AfterValidator, Field, model_validator

from inspire.content.schema import Entry, Markdown, Sourced, TranslatedLanguage, WebAddress
from policies.models import Institution, Policy, language_names

Key = Annotated[str, Field(pattern=r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$", max_length=60)]


def _country(code: str) -> str:
    if code not in dict(countries):
        raise ValueError(f"{code} is not an ISO 3166 country code")
    return code


def _language(code: str) -> str:
    if code not in language_names():
        raise ValueError(f"{code} is not an ISO 639-1 language code")
    return code


Country = Annotated[str, AfterValidator(_country)]
Language = Annotated[str, AfterValidator(_language)]


class PolicyEntry(Sourced):
    # Left out: the policy type. Give one only to tell apart two policies of the same type.
    key: Key | None = None
    type: Policy.Type
    title: str = Field(max_length=250)
    year: int | None = Field(default=None, ge=1900, le=2100)
    language: Language = "en"
    url: WebAddress | None = None
    summary: Markdown = ""
    # Key terms as the source states them, each left out where it does not; `terms_source` is that page.
    ownership: str = ""
    inventor_share: str = ""
    patenting_decision: str = ""
    terms_source: WebAddress | None = None

    @model_validator(mode="after")
    def _terms_have_a_source(self):
        stated = self.ownership or self.inventor_share or self.patenting_decision
        if stated and not self.terms_source:
            raise ValueError("key terms need terms_source, the page stating them")
        if self.terms_source and not stated:
            raise ValueError("terms_source is given but no key term is")
        return self

    @property
    def natural_key(self) -> str:
        return self.key or self.type.value


class InstitutionEntry(Sourced):
    name: str = Field(max_length=200)
    country: Country
    kind: Institution.Kind
    website: WebAddress | None = None
    policies: list[PolicyEntry] = []


class ClauseText(Entry):
    label: str = Field(min_length=1, max_length=200)


class ItemText(Entry):
    question: str = Field(default="", max_length=250)
    explanation: str = ""


class ClauseEntry(Entry):
    """`translations: {fr: {label: ...}}`: the choice in other languages; the clause text itself is
    the model template's and stays in the language of the template."""

    key: Key
    label: str = Field(max_length=200)
    translations: dict[TranslatedLanguage, ClauseText] = {}
    # The model template's choice for its question.
    default: bool = False
    text: str = Field(min_length=1)
    guideline: str = Field(min_length=1)


class ItemEntry(Entry):
    key: Key
    question: str = Field(max_length=250)
    explanation: str = Field(min_length=1)
    # The question and its explanation in other languages (`translations: {fr: {question: ...}}`).
    translations: dict[TranslatedLanguage, ItemText] = {}
    clauses: list[ClauseEntry] = Field(min_length=1)


class TopicEntry(Sourced):
    """The items are asked, and their clauses offered, in the order of the file."""

    order: int = Field(ge=1, le=100)
    title: str = Field(max_length=120)
    summary: str = Field(min_length=1)
    guideline: str = Field(min_length=1)
    items: list[ItemEntry] = Field(min_length=1)


class NationalEntry(Sourced):
    country: Country
    title: str = Field(max_length=250)
    year: int | None = Field(default=None, ge=1990, le=2100)
    description: str = Field(min_length=1)
    law_references: Markdown = ""
    url: WebAddress | None = None


class RegionalEntry(Sourced):
    region: str = Field(min_length=1, max_length=100)
    title: str = Field(max_length=250)
    year: int | None = Field(default=None, ge=1990, le=2100)
    description: str = Field(min_length=1)
    members: list[Country] = Field(min_length=2)
    members_source: WebAddress
    url: WebAddress | None = None
