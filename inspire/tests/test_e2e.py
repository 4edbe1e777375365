import pytest

from inspire.sections import SECTIONS


@pytest.mark.e2e
def test_visitor_follows_navigation_to_every_section(page):
    page.goto("/")
    assert page.get_by_role("heading", level=1).is_visible()
    nav = page.get_by_role("navigation", name="Sections")
    for section in SECTIONS:
        nav.get_by_role("link", name=str(section.title)).click()
        page.wait_for_load_state()
        assert page.locator('nav a[aria-current="page"]').inner_text() == str(section.title)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
