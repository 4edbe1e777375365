"""The Word file of a draft: numbered sections and clauses, a Definitions section, real document properties."""

import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from docx import Document

from policies import services
from policies.tests.factories import NationalVersionFactory


@pytest.fixture
def answered(user, checklist, draft):
    services.draft_answers_save(
        draft=draft,
        answers={
            "owner-staff": {"clause": "institution", "note": "Software is covered by a separate policy."},
            "owner-students": {"clause": "student"},
            "shares": {"clause": "thirds"},
        },
    )
    return draft


def _download(client, user, draft, extension: str) -> bytes:
    client.force_login(user)
    return client.get(reverse("policies:draft-download", args=[draft.pk, extension])).content


def _numbered(document) -> list[tuple[str, str]]:
    """(the number Word shows, the text) of every numbered paragraph, counted as Word counts them from the
    document's own list definitions."""
    numbering = document.part.numbering_part.element
    counters: dict[int, list[int]] = {}
    rows = []
    for paragraph in document.paragraphs:
        properties = paragraph._p.pPr
        if properties is None or properties.numPr is None:
            continue
        num_id, level = properties.numPr.numId.val, properties.numPr.ilvl.val
        abstract_id = numbering.num_having_numId(num_id).abstractNumId.val
        (text,) = numbering.xpath(
            f'./w:abstractNum[@w:abstractNumId="{abstract_id}"]/w:lvl[@w:ilvl="{level}"]/w:lvlText/@w:val'
        )
        count = counters.setdefault(num_id, [0, 0])
        count[level] += 1
        count[level + 1 :] = [0] * (len(count) - level - 1)
        rows.append((text.replace("%1", str(count[0])).replace("%2", str(count[1])), paragraph.text))
    return rows


def test_sections_and_clauses_are_numbered_in_order_through_the_document(client, user, answered):
    document = Document(io.BytesIO(_download(client, user, answered, "docx")))
    numbered = _numbered(document)
    headings = [(number, text) for number, text in numbered if not number[-1].isdigit()]
    assert headings == [("1.", "Definitions"), ("2.", "Ownership"), ("3.", "Revenue sharing")]
    clauses = [(number, text) for number, text in numbered if number[-1].isdigit()]
    assert [number for number, _text in clauses] == [f"1.{n}" for n in range(1, 9)] + ["2.1", "2.2", "3.1"]
    assert clauses[-3:] == [
        ("2.1", "Example University owns inventions."),
        ("2.2", "Students own it."),
        ("3.1", "Technology Transfer Office shares income in thirds."),
    ]
    # A note belongs to the clause it follows: it carries no number of its own.
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    note = paragraphs.index("Software is covered by a separate policy.")
    assert paragraphs[note - 1] == "Example University owns inventions."
    assert "Software is covered by a separate policy." not in [text for _number, text in numbered]


def test_the_markdown_and_the_docx_give_every_clause_the_same_number(client, user, answered):
    markdown = _download(client, user, answered, "md").decode()
    for number, text in _numbered(Document(io.BytesIO(_download(client, user, answered, "docx")))):
        expected = f"## {number} {text}" if not number[-1].isdigit() else f"**{number}** {text}"
        assert expected in markdown


def test_the_docx_opens_with_definitions_of_the_terms_its_clauses_use(client, user, answered):
    document = Document(io.BytesIO(_download(client, user, answered, "docx")))
    definitions = next(p for p in document.paragraphs if p.text == "Definitions")
    assert definitions.style.name == "Heading 1"
    texts = [paragraph.text for paragraph in document.paragraphs]
    start = texts.index("Definitions")
    section = texts[start + 1 : texts.index("Ownership")]
    assert section[0] == "“Institution” means Example University."
    assert section[1].startswith("“Office” means Technology Transfer Office, ")
    for term in ("“Intellectual property” means", "“Creator” means", "“Inventor”", "“Net income” means"):
        assert any(term in text for text in section), term


def test_the_docx_is_dated_now_and_names_the_institution_not_the_software(client, user, answered):
    before = timezone.now().replace(microsecond=0)
    properties = Document(io.BytesIO(_download(client, user, answered, "docx"))).core_properties
    after = timezone.now() + datetime.timedelta(seconds=1)
    assert properties.title == "Our IP Policy"
    assert properties.author == properties.last_modified_by == "Example University"
    assert before <= properties.created <= after
    assert before <= properties.modified <= after
    assert properties.comments.startswith("Draft for Example University, prepared with the INSPIRE hub Policy Writer")
    assert "python-docx" not in f"{properties.author} {properties.comments} {properties.last_modified_by}"


def test_the_legal_framework_of_a_national_version_is_the_last_numbered_section(client, user, checklist):
    NationalVersionFactory(country="JO", law_references="- Patents of Invention Law No. 32 of 1999")
    draft = services.draft_create(owner=user, title="Policy", institution_name="Amman Test University", country="JO")
    services.draft_answers_save(draft=draft, answers={"shares": {"clause": "thirds"}})
    document = Document(io.BytesIO(_download(client, user, draft, "docx")))
    assert _numbered(document)[-2:] == [
        ("3.", "Legal framework"),
        ("3.1", "This policy is to be read together with the following laws of Jordan:"),
    ]
    assert "Patents of Invention Law No. 32 of 1999" in [paragraph.text for paragraph in document.paragraphs]
