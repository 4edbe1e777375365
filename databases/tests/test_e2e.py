import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e


def test_user_filters_picks_three_compares_and_opens_one(page, known_databases):
    csp_violations = []
    page.on("console", lambda m: "Content Security Policy" in m.text and csp_violations.append(m.text))

    page.goto("/databases/")
    expect(page.get_by_role("heading", name="Patent databases", level=1)).to_be_visible()

    # Filtering: ticking a facet submits the form at once.
    page.get_by_role("checkbox", name=re.compile(r"^United States")).check()
    page.wait_for_url(re.compile(r"jurisdiction=US"))
    expect(page.get_by_role("heading", name="3 databases")).to_be_visible()

    page.get_by_role("checkbox", name="Full text").check()
    page.wait_for_url(re.compile(r"level=full_text"))
    expect(page.get_by_role("heading", name="2 databases")).to_be_visible()
    page.get_by_role("link", name="Clear all").click()
    page.get_by_role("checkbox", name=re.compile(r"^United States")).check()
    page.wait_for_url(re.compile(r"jurisdiction=US"))

    compare_button = page.get_by_role("button", name="Compare selected")
    page.get_by_role("checkbox", name="Compare Alpha Search").check()
    expect(compare_button).to_be_disabled()
    for name in ("Beta Patents", "Gamma Lens"):
        page.get_by_role("checkbox", name=f"Compare {name}").check()
    expect(page.get_by_text("3 ticked; compare 2 to 4.")).to_be_visible()
    compare_button.click()

    page.wait_for_url(re.compile(r"/databases/compare/\?db=alpha&db=beta&db=gamma$"))
    matrix = page.get_by_role("table")
    expect(matrix.get_by_role("columnheader", name="Beta Patents")).to_be_visible()
    expect(matrix.get_by_role("row", name=re.compile(r"^Chemical structure search"))).to_have_class("differs")

    matrix.get_by_role("link", name="Beta Patents").click()
    page.wait_for_url("**/databases/beta/")
    expect(page.get_by_role("heading", name="Beta Patents", level=1)).to_be_visible()
    expect(page.get_by_role("heading", name="Coverage by jurisdiction")).to_be_visible()
    assert csp_violations == []


def test_user_answers_the_finder_and_opens_the_best_fit(page, known_databases):
    page.goto("/databases/finder/")
    page.get_by_role("checkbox", name="China").check()
    page.get_by_label("I need the full text, not only bibliographic data").check()
    page.get_by_role("radio", name="Paid services are fine").check()
    page.get_by_role("checkbox", name="Chemical structure search").check()
    page.get_by_role("button", name="Find databases").click()

    expect(page.get_by_role("heading", name="1 database meets every need")).to_be_visible()
    ranked = page.get_by_role("list", name="Databases ranked by fit").locator(":scope > li")
    first = ranked.first
    expect(first.get_by_role("heading", level=3)).to_contain_text("Beta Patents")
    expect(first).to_contain_text("Offers Chemical structure search")
    expect(first).to_contain_text("meets 2 of 2 needs")
    expect(ranked).to_have_count(1)

    first.get_by_role("link", name="Beta Patents").click()
    expect(page.get_by_role("heading", name="Beta Patents", level=1)).to_be_visible()
