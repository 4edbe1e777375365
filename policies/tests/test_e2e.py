import re

import pytest
from docx import Document

from inspire.content.seeding import Seeder
from policies import content
from policies.models import PolicyDraft


@pytest.mark.e2e
def test_author_writes_resumes_previews_and_downloads_a_policy(login_page, user, tmp_path):
    content.load(Seeder())
    page = login_page(user)

    page.goto("/policies/writer/")
    page.get_by_label("Policy title").fill("Intellectual Property Policy")
    page.get_by_label("Institution name").fill("Lakeside University")
    page.get_by_label("Office that manages IP").fill("Lakeside Innovation Office")
    page.get_by_role("button", name="Start writing").click()

    page.get_by_role("heading", level=1, name="Ownership of intellectual property").wait_for()
    page.get_by_label("The creator owns it; the institution has an option").check()
    page.get_by_label("Your own wording or additions (optional)").first.fill(
        "Software is covered by a separate policy."
    )
    page.get_by_role("button", name="Save and continue").click()
    page.get_by_role("heading", level=1, name="Disclosure of inventions and confidentiality").wait_for()
    page.get_by_role("button", name="Save and continue").click()
    page.get_by_role("heading", level=1, name="IP management and protection").wait_for()

    # Leave and come back: the writer resumes at the first step not yet answered.
    page.goto("/policies/writer/")
    page.get_by_role("link", name="Intellectual Property Policy").click()
    page.get_by_role("link", name="Resume writing").click()
    page.get_by_role("heading", level=1, name="IP management and protection").wait_for()
    for next_heading in (
        "Commercialization: licensing and spin-offs",
        "Revenue sharing and incentives",
        "Conflicts of interest and commitment",
        "Recording, accounting and review",
    ):
        page.get_by_role("button", name="Save and continue").click()
        page.get_by_role("heading", level=1, name=next_heading).wait_for()
    page.get_by_role("button", name="Save and preview").click()

    page.get_by_role("heading", level=1, name="Preview of your draft").wait_for()
    draft_text = page.get_by_role("article", name="Draft policy").inner_text()
    assert "Creators own the intellectual property they create" in draft_text
    assert "Lakeside Innovation Office" in draft_text
    assert "Software is covered by a separate policy." in draft_text

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download as Word (.docx)").click()
    download = download_info.value
    assert re.fullmatch(r"intellectual-property-policy\.docx", download.suggested_filename)
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    paragraphs = [paragraph.text for paragraph in Document(saved).paragraphs]
    assert "Intellectual Property Policy" in paragraphs
    assert any("Lakeside University" in text for text in paragraphs)
    assert PolicyDraft.objects.get(owner=user).last_step == "recording-accounting"
