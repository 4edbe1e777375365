"""Turns a Policy Writer draft into a policy document: Markdown, sanitized HTML and .docx."""

import io
import re
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from docx import Document

from inspire.markdown import render_markdown
from policies import selectors
from policies.models import ChecklistTopic, NationalVersion, PolicyDraft

PLACEHOLDERS = ("institution", "office")
# What XML 1.0, and so a .docx, cannot hold. Forms refuse control characters now, but drafts saved
# before that may still have them, and their owners must still get their document.
NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(text: str) -> str:
    return NOT_XML.sub("", text)


@dataclass
class Section:
    title: str
    paragraphs: list[str] = field(default_factory=list)


@dataclass
class DraftDocument:
    title: str
    subtitle: str
    sections: list[Section]
    unanswered: list[str]
    author: str = ""
    national_version: NationalVersion | None = None

    def markdown(self) -> str:
        parts = [f"# {self.title}", "", f"*{self.subtitle}*", ""]
        for number, section in enumerate(self.sections, start=1):
            parts += [f"## {number}. {section.title}", ""]
            for paragraph in section.paragraphs:
                parts += [paragraph, ""]
        return "\n".join(parts).rstrip() + "\n"

    def html(self) -> str:
        # Titles, names and notes are written by the user, so everything passes through nh3.
        return render_markdown(self.markdown())

    def docx(self) -> bytes:
        document = Document()
        # Word shows these in File > Info and uses them when the file is shared or indexed.
        properties = document.core_properties
        properties.title = _xml_text(self.title)
        properties.author = _xml_text(self.author)
        properties.created = timezone.now()
        properties.language = get_language()
        document.add_heading(_xml_text(self.title), level=0)
        document.add_paragraph().add_run(_xml_text(self.subtitle)).italic = True
        for number, section in enumerate(self.sections, start=1):
            document.add_heading(_xml_text(f"{number}. {section.title}"), level=1)
            for paragraph in section.paragraphs:
                for block in _xml_text(paragraph).split("\n\n"):
                    _add_block(document, block)
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()

    def filename(self, extension: str) -> str:
        return f"{slugify(self.title) or 'ip-policy'}.{extension}"


def _add_block(document, block: str) -> None:
    """One Markdown block as Word paragraphs: list items become list paragraphs, emphasis is dropped."""
    lines = [line for line in block.splitlines() if line.strip()]
    for line in lines:
        bullet = re.match(r"^\s*(?:[-*]|\d+\.)\s+(.*)$", line)
        text = re.sub(r"[*_`]", "", bullet.group(1) if bullet else line)
        if bullet:
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    if not lines:
        document.add_paragraph("")


def fill(text: str, draft: PolicyDraft) -> str:
    """Put the draft's names into a clause; plain replacement, so braces typed by users are harmless."""
    values = {"institution": draft.institution_name, "office": draft.office_name}
    for name in PLACEHOLDERS:
        text = text.replace("{" + name + "}", values[name])
    return text


def build(
    draft: PolicyDraft, checklist: list[ChecklistTopic], national_version: NationalVersion | None = None
) -> DraftDocument:
    sections: list[Section] = []
    unanswered: list[str] = []
    for topic in checklist:
        section = Section(title=topic.title)
        for item in topic.items.all():
            answer = draft.answer_for(item.key)
            clause = next((c for c in item.clauses.all() if c.key == answer.get("clause")), None)
            if clause is None:
                unanswered.append(item.question)
            else:
                section.paragraphs.append(fill(clause.text, draft))
            if answer.get("note"):
                section.paragraphs.append(answer["note"])
        if section.paragraphs:
            sections.append(section)
    if national_version and national_version.law_references:
        # The national model names the laws a policy in that country must respect; cite them at the end.
        sections.append(
            Section(
                title=_("Legal framework"),
                paragraphs=[
                    _("This policy is to be read together with the following laws of %(country)s:")
                    % {"country": draft.country.name},
                    national_version.law_references,
                ],
            )
        )
    subtitle = _("Draft for %(institution)s, prepared with the INSPIRE hub Policy Writer on %(date)s.") % {
        "institution": draft.institution_name,
        "date": date_format(timezone.now(), "DATE_FORMAT"),
    }
    return DraftDocument(
        title=draft.title,
        author=draft.institution_name,
        subtitle=subtitle,
        sections=sections,
        unanswered=unanswered,
        national_version=national_version,
    )


def for_draft(draft: PolicyDraft) -> DraftDocument:
    """The document for a saved draft, with the national version of the draft's country if there is one."""
    national_version = selectors.national_version(draft.country.code) if draft.country else None
    return build(draft, selectors.checklist(), national_version)
