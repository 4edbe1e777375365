import pytest
from playwright.sync_api import expect

from inspire.accounts.models import User

pytestmark = pytest.mark.e2e

PAGES = [
    "/learning/",
    "/learning/?kind=course&delivery=self_paced",
    "/learning/guide-identifying-inventions-public-domain/",
    "/learning/paths/",
    "/learning/paths/patent-searching/",
]


@pytest.fixture
def narrow(browser, live_server, transactional_db):
    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 844})
    context.set_default_timeout(15_000)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("path", PAGES)
def test_learning_pages_fit_a_390px_screen(narrow, loaded, path):
    narrow.goto(path)
    assert narrow.evaluate("document.documentElement.scrollWidth") <= 390


def test_a_learner_works_through_the_patent_searching_path(login_page, loaded):
    from conftest import make_user

    page = login_page(make_user("learnerbrowser", User.Role.TISC_STAFF))
    page.goto("/learning/paths/patent-searching/")
    expect(page.get_by_text("0 of 4 steps done")).to_be_visible()
    page.locator("#step-1").get_by_role("button", name="Mark done").click()
    expect(page.get_by_text("1 of 4 steps done")).to_be_visible()
    page.locator("#step-2").get_by_role("link", name="Patent database finder").click()
    page.wait_for_url("**/databases/finder/")
    page.goto("/learning/progress/")
    expect(page.get_by_text("1 of 4 steps done")).to_be_visible()
