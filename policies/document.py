"""Turns a Policy Writer draft into a policy document: Markdown, sanitized HTML and .docx.

Sections are numbered 1, 2, 3 and their clauses 1.1, 1.2, ... in every format: the Markdown writes the
numbers, the .docx uses Word's own numbering, so they stay right when the institution edits the file.
"""

import io
import re
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Twips

from inspire.localtext import local_text
from inspire.markdown import render_markdown
from policies import selectors
from policies.models import ChecklistTopic, NationalVersion, PolicyDraft

# The formats a draft downloads as, and their content types.
DOWNLOAD_TYPES = {
    "md": "text/markdown; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}

PLACEHOLDERS = ("institution", "office")
# What XML 1.0, and so a .docx, cannot hold. Forms refuse control characters now, but drafts saved
# before that may still have them, and their owners must still get their document.
NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(text: str) -> str:
    return NOT_XML.sub("", text)


@dataclass
class Clause:
    """One numbered clause: its first paragraph carries the number, the others (a note) follow it."""

    paragraphs: list[str]
    number: str = ""


@dataclass
class Section:
    title: str
    clauses: list[Clause] = field(default_factory=list)
    number: int = 0


# Word's numbering: "1." before a section heading, "1.1" before a clause; the text of both starts 1 cm in.
INDENT = Twips(567)
CLAUSE_LEVELS = ("%1.", "%1.%2")


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
        for section in self.sections:
            parts += [f"## {section.number}. {section.title}", ""]
            for clause in section.clauses:
                first, *rest = clause.paragraphs
                parts += [f"**{clause.number}** {first}", ""]
                for paragraph in rest:
                    parts += [paragraph, ""]
        return "\n".join(parts).rstrip() + "\n"

    def html(self) -> str:
        # Titles, names and notes are written by the user, so everything passes through nh3.
        return render_markdown(self.markdown())

    def docx(self) -> bytes:
        document = Document()
        self._set_properties(document.core_properties)
        numbering = _add_clause_numbering(document)
        document.add_heading(_xml_text(self.title), level=0)
        document.add_paragraph().add_run(_xml_text(self.subtitle)).italic = True
        for section in self.sections:
            _number(document.add_heading(_xml_text(section.title), level=1), numbering, level=0)
            for clause in section.clauses:
                blocks = [block for paragraph in clause.paragraphs for block in _xml_text(paragraph).split("\n\n")]
                for index, block in enumerate(blocks):
                    added = _add_block(document, block)
                    if index == 0:
                        _number(added[0], numbering, level=1)
                        added = added[1:]
                    for paragraph in added:
                        if paragraph.style.name != "List Bullet":
                            paragraph.paragraph_format.left_indent = INDENT
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()

    def _set_properties(self, properties) -> None:
        # Word shows these in File > Info and uses them when the file is shared or indexed. Every one
        # python-docx's blank template sets (its name as author, a date in 2013) is replaced.
        now = timezone.now()
        properties.title = _xml_text(self.title)
        properties.author = _xml_text(self.author)
        properties.last_modified_by = _xml_text(self.author)
        properties.comments = _xml_text(self.subtitle)
        properties.created = now
        properties.modified = now
        properties.revision = 1
        properties.language = get_language()

    def filename(self, extension: str) -> str:
        return f"{slugify(self.title) or 'ip-policy'}.{extension}"


def _add_clause_numbering(document) -> int:
    """Adds the two-level list of sections and clauses to the document's numbering; returns its numId."""
    numbering = document.part.numbering_part.element
    abstracts = numbering.findall(qn("w:abstractNum"))
    abstract_id = max((int(abstract.get(qn("w:abstractNumId"))) for abstract in abstracts), default=-1) + 1
    levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{text}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{INDENT.twips}" w:hanging="{INDENT.twips}"/></w:pPr></w:lvl>'
        for level, text in enumerate(CLAUSE_LEVELS)
    )
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
    )
    # Word requires every abstract definition before the first list that uses one.
    if abstracts:
        abstracts[-1].addnext(abstract)
    else:
        numbering.insert(0, abstract)
    return numbering.add_num(abstract_id).numId


def _number(paragraph, numbering: int, *, level: int) -> None:
    numbered = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numbered.get_or_add_ilvl().val = level
    numbered.get_or_add_numId().val = numbering


def _add_block(document, block: str) -> list:
    """One Markdown block as Word paragraphs, which it returns: list items become list paragraphs,
    emphasis is dropped."""
    lines = [line for line in block.splitlines() if line.strip()]
    paragraphs = []
    for line in lines:
        bullet = selectors.MARKDOWN_LIST_ITEM.match(line)
        text = selectors.MARKDOWN_EMPHASIS.sub("", bullet.group(1) if bullet else line)
        paragraphs.append(document.add_paragraph(text, style="List Bullet" if bullet else None))
    return paragraphs or [document.add_paragraph("")]


def fill(text: str, draft: PolicyDraft) -> str:
    """Put the draft's names into a clause; plain replacement, so braces typed by users are harmless."""
    values = {"institution": draft.institution_name, "office": draft.office_name}
    for name in PLACEHOLDERS:
        text = text.replace("{" + name + "}", values[name])
    return text


def _definitions(draft: PolicyDraft) -> Section:
    """The terms the template clauses use, in plain words; the draft's own names fill the first two."""
    names = {"institution": draft.institution_name, "office": draft.office_name}
    terms = [
        _("“Institution” means %(institution)s.") % names,
        _("“Office” means %(office)s, the part of the Institution that manages its intellectual property.") % names,
        _(
            "“Intellectual property” means inventions, software, designs, works protected by copyright, "
            "know-how and other results of creative or research work, whether or not a patent or another "
            "right protects them."
        ),
        _(
            "“Creator” means a person who, alone or with others, creates intellectual property covered by "
            "this policy; the creator of an invention is its “Inventor”."
        ),
        _(
            "“Employee” or “staff” means a person employed by the Institution, full-time or part-time, "
            "in research, teaching or any other work."
        ),
        _(
            "“Student” means a person studying at the Institution who is not employed by it for the work "
            "concerned; a “visiting researcher” is a person who works at the Institution without being "
            "employed by it."
        ),
        _(
            "“Net income” means what the Institution receives from commercializing intellectual property, "
            "less the direct costs of protecting and licensing it."
        ),
        _(
            "“Commercialization” means bringing intellectual property into use through licences, "
            "assignments or spin-off companies."
        ),
    ]
    return Section(title=_("Definitions"), clauses=[Clause([term]) for term in terms])


def build(
    draft: PolicyDraft, checklist: list[ChecklistTopic], national_version: NationalVersion | None = None
) -> DraftDocument:
    sections = [_definitions(draft)]
    unanswered: list[str] = []
    for topic in checklist:
        section = Section(title=topic.title)
        for item in topic.items.all():
            answer = draft.answer_for(item.key)
            clause = next((c for c in item.clauses.all() if c.key == answer.get("clause")), None)
            paragraphs = [fill(clause.text, draft)] if clause else []
            if clause is None:
                unanswered.append(local_text(item, "question").text)
            if answer.get("note"):
                paragraphs.append(answer["note"])
            if paragraphs:
                section.clauses.append(Clause(paragraphs))
        if section.clauses:
            sections.append(section)
    if national_version and national_version.law_references:
        # The national model names the laws a policy in that country must respect; cite them at the end.
        intro = _("This policy is to be read together with the following laws of %(country)s:") % {
            "country": draft.country.name
        }
        sections.append(Section(title=_("Legal framework"), clauses=[Clause([intro, national_version.law_references])]))
    # Numbered once here, so the Markdown, the preview and the .docx all count the same way.
    for section_number, section in enumerate(sections, start=1):
        section.number = section_number
        for clause_number, clause in enumerate(section.clauses, start=1):
            clause.number = f"{section_number}.{clause_number}"
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
