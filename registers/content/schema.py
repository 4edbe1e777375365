"""The shape of `registers/content/`: one YAML file per jurisdiction with curated data
(`jurisdictions/<CODE>.yaml`: office, resources, recorded absences, the jurisdiction file and
sourced notes by topic) and, where there are any, its sample numbers (`samples/<CODE>.csv`).

Jurisdictions without a file are still listed, with name, kind and region from ISO 3166 and
inspire.jurisdictions; nothing about their registers is recorded."""

from typing import Annotated

from django.core.exceptions import ValidationError
from pydantic import AfterValidator, Field, model_validator

from inspire.content.schema import Entry, Markdown, ReviewDate, Sourced, TranslatedLanguage, WebAddress
from inspire.jurisdictions import portal_jurisdictions
from registers.models import COLUMNS, JurisdictionNote, Resource, SampleNumber, validate_language_list


def _portal_code(code: str) -> str:
    if code not in portal_jurisdictions():
        raise ValueError(f"{code} is not a jurisdiction of the register portal")
    return code


def _column(key: str) -> str:
    if key not in COLUMNS:
        raise ValueError(f"{key} is not a table column; use one of {', '.join(COLUMNS)}")
    return key


def _languages(value: str) -> str:
    try:
        validate_language_list(value)
    except ValidationError as error:
        raise ValueError(error.messages[0]) from None
    return value


PortalCode = Annotated[str, AfterValidator(_portal_code)]
Column = Annotated[str, AfterValidator(_column)]
Languages = Annotated[str, Field(max_length=60), AfterValidator(_languages)]
# A resource's URL is part of its entry's key in LoadedEntry (300 characters).
ResourceAddress = Annotated[WebAddress, Field(max_length=250)]


class ResourceEntry(Sourced):
    """One online service; it becomes one resource per kind it serves (a register is often also the file)."""

    kinds: list[Resource.Kind] = Field(min_length=1)
    title: str = Field(max_length=200)
    url: ResourceAddress
    languages: Languages = ""
    access: Resource.Access = Resource.Access.FREE
    # Left out: not recorded.
    searchable_by_number: bool | None = None
    searchable_by_applicant: bool | None = None
    has_api: bool | None = None
    has_bulk_data: bool | None = None
    notes: str = ""


class Absence(Sourced):
    """A recorded "no" for one table column: `source` is the page saying the jurisdiction lacks it."""

    note: str = Field(default="", max_length=300)


class FileText(Entry):
    how_to_search: Markdown
    search_tips: Markdown
    coverage_notes: Markdown


class FileEntry(Sourced):
    """What the register shows (left out: not recorded) and how to search it, and its prose in other
    languages (`translations: {fr: {search_tips: ...}}`), which says the same as the English."""

    shows_pending: bool | None = None
    shows_granted: bool | None = None
    shows_lapsed: bool | None = None
    shows_fees: bool | None = None
    shows_oppositions: bool | None = None
    shows_spc: bool | None = None
    shows_transfers: bool | None = None
    how_to_search: Markdown
    search_tips: Markdown
    coverage_notes: Markdown
    translations: dict[TranslatedLanguage, FileText] = {}


class NoteText(Entry):
    text: str = Field(min_length=1, max_length=900)


class NoteEntry(Sourced):
    """One statement about the jurisdiction, shown under its topic's heading, and its translations
    (`translations: {fr: {text: ...}}`), which state the same facts from the same source."""

    topic: JurisdictionNote.Topic
    # Markdown; required, unlike the file's prose.
    text: str = Field(min_length=1, max_length=600)
    translations: dict[TranslatedLanguage, NoteText] = {}


def _source_with_date(entry):
    if (entry.source is None) != (entry.reviewed_on is None):
        raise ValueError("give both source and reviewed_on, or neither")
    return entry


class JurisdictionEntry(Entry):
    """`source` states the office (for a regional system, its member list); `members` only for systems.

    A file recording nothing about the office (only resources, absences or notes, each with its own
    source) leaves out `source` and `reviewed_on`: the jurisdiction itself is then not reviewed."""

    office_name: str = Field(default="", max_length=200)
    office_url: WebAddress = ""
    source: WebAddress | None = None
    reviewed_on: ReviewDate | None = None
    members: list[PortalCode] = []
    resources: list[ResourceEntry] = []
    absent: dict[Column, Absence] = {}
    file: FileEntry | None = None
    notes: list[NoteEntry] = []

    @model_validator(mode="after")
    def _sourced(self):
        _source_with_date(self)
        if self.source is None and (self.office_name or self.office_url or self.members):
            raise ValueError("the office and members need a source and reviewed_on")
        return self


class SampleRow(Entry):
    """One row of `samples/<CODE>.csv`. Without its own `source` and `reviewed_on` its provenance is
    that of the jurisdiction file."""

    kind: SampleNumber.Kind
    as_printed: str = Field(max_length=80)
    as_entered: str = Field(max_length=80)
    notes: str = Field(default="", max_length=300)
    source: WebAddress | None = None
    reviewed_on: ReviewDate | None = None

    _sourced = model_validator(mode="after")(_source_with_date)
