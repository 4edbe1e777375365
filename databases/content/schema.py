"""The shape of `databases/content/`: one YAML file per database (`databases/<slug>.yaml`) and one
CSV of coverage facts per database (`coverage/<slug>.csv`)."""

from typing import Annotated

from pydantic import AfterValidator, Field

from databases.features import Feature
from databases.models import Coverage, PatentDatabase
from inspire.content.schema import Entry, Markdown, ReviewDate, Sourced, TranslatedLanguage, WebAddress
from inspire.jurisdictions import all_jurisdictions


def _known_jurisdiction(code: str) -> str:
    if code not in all_jurisdictions():
        raise ValueError(f"{code} is not a WIPO ST.3 country or office code")
    return code


Jurisdiction = Annotated[str, AfterValidator(_known_jurisdiction)]


class FeatureFact(Entry):
    """`available: false` records that the database lacks the feature; a feature not listed is not recorded."""

    feature: Feature
    available: bool = True
    note: str = Field(default="", max_length=200)


class SummaryText(Entry):
    summary: str = Field(min_length=1, max_length=400)


class DatabaseEntry(Sourced):
    name: str = Field(max_length=160)
    provider: str = Field(max_length=200)
    kind: PatentDatabase.Kind
    url: WebAddress
    access: PatentDatabase.Access
    # Left out: not recorded. Only WIPO's list of ASPI partners can say true or false.
    aspi: bool | None = None
    interface_languages: list[str] = []
    summary: str = Field(max_length=300)
    # The summary in other languages (`translations: {fr: {summary: ...}}`): the same facts.
    translations: dict[TranslatedLanguage, SummaryText] = {}
    overview: Markdown
    strengths: Markdown = ""
    limitations: Markdown = ""
    tips: Markdown = ""
    is_published: bool = True
    features: list[FeatureFact] = []


class CoverageFact(Entry):
    """One row of `coverage/<slug>.csv`. Empty source and review date: those of the database's file."""

    jurisdiction: Jurisdiction
    document_kind: Coverage.DocumentKind
    level: Coverage.Level
    covered: bool = True
    from_year: int | None = Field(default=None, ge=1790, le=2100)
    to_year: int | None = Field(default=None, ge=1790, le=2100)
    note: str = Field(default="", max_length=200)
    source: WebAddress | None = None
    reviewed_on: ReviewDate | None = None
