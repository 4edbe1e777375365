"""Types every app's content schema shares: strict entries, sources that are the page stating the
fact (never a document mirror), review dates, jurisdiction codes."""

import datetime
from typing import Annotated, Literal
from urllib.parse import urlsplit

from django.utils.encoding import iri_to_uri
from pydantic import AfterValidator, BaseModel, ConfigDict, Field

# Sites that re-host other people's documents. They are never the page that states a fact, and
# their copies drift from the publisher's, so no content file may cite or link them.
MIRROR_DOMAINS = frozenset(
    {
        "scribd.com",
        "yumpu.com",
        "docslib.org",
        "pdfslide.net",
        "pdfslide.us",
        "pdfslide.tips",
        "doczz.net",
        "1library.co",
        "1library.net",
        "documentine.com",
        "doczz.fr",
        "dokumen.pub",
        "dokumen.tips",
        "documents.pub",
        "vdocuments.net",
        "vdocuments.mx",
        "fdocuments.net",
        "fdocuments.in",
        "studylib.net",
        "pdfcoffee.com",
        "idoc.pub",
        "kupdf.net",
        "docplayer.net",
        "silo.tips",
        "zbook.org",
        "issuu.com",
        "slideshare.net",
        "pdf4pro.com",
        "coursehero.com",
        "docsbay.net",
        "kipdf.com",
        "readbag.com",
        "123deta.com",
        "docsplayer.com",
        "hobbydocbox.com",
        "happylibus.com",
        "5y1.org",
        "slideplayer.com",
        "pdfcoke.com",
        "readkong.com",
        "careersdocbox.com",
        "lawsdocbox.com",
        "vdocuments.site",
        "fdocuments.us",
    }
)


def mirror_domain(url: str) -> str | None:
    """The mirror site `url` belongs to, if any."""
    host = (urlsplit(url).hostname or "").lower()
    return next((domain for domain in MIRROR_DOMAINS if host == domain or host.endswith("." + domain)), None)


def _web_address(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("must be an http(s) address")
    if mirror := mirror_domain(url):
        raise ValueError(f"{mirror} re-hosts documents; cite the publisher's own page")
    # An address copied from a browser may hold letters such as "é"; stored and served as a URI
    # (percent-encoded), every client, the API schema's "uri" format and the link checker read it.
    return iri_to_uri(url)


def _not_in_future(day: datetime.date) -> datetime.date:
    if day > datetime.date.today():
        raise ValueError("a review date cannot be in the future")
    return day


WebAddress = Annotated[str, Field(max_length=500), AfterValidator(_web_address)]
ReviewDate = Annotated[datetime.date, AfterValidator(_not_in_future)]
Markdown = Annotated[str, Field(default="")]
# A language the interface is translated into (settings.LANGUAGES less English, the source).
TranslatedLanguage = Literal["ar", "zh-hans", "fr", "ru", "es"]


def translations_values(translations: dict) -> dict:
    """An entry's `translations` as a model's `translations` field stores them: per language, the
    texts given."""
    return {language: text.model_dump(exclude_defaults=True) for language, text in translations.items()}


class Entry(BaseModel):
    """Unknown keys are errors: a misspelt field must not vanish silently."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class Sourced(Entry):
    """An entry with its own provenance: the page that states its facts and when it was checked."""

    source: WebAddress
    reviewed_on: ReviewDate
