import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

PAGES = [
    "/programmes/",
    "/programmes/aspi/",
    "/programmes/ardi/",
    "/programmes/eligibility/?country=KE&type=university",
]


@pytest.fixture
def narrow(browser, live_server, transactional_db):
    """A phone-sized window: 390 px wide."""
    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 844})
    context.set_default_timeout(15_000)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("path", PAGES)
def test_programme_pages_fit_a_390px_screen(narrow, loaded, path):
    narrow.goto(path)
    assert narrow.evaluate("document.documentElement.scrollWidth") <= 390


def test_a_visitor_checks_eligibility_and_reads_the_sources(page, loaded):
    page.goto("/programmes/")
    page.get_by_label("Country").select_option("TZ")
    page.get_by_label("Kind of institution").select_option("university")
    page.get_by_role("button", name="Check eligibility").click()
    page.wait_for_url("**/programmes/eligibility/?country=TZ&type=university")
    expect(page.get_by_role("heading", name="ASPI: Eligible")).to_be_visible()
    expect(page.get_by_text("ASPI Group 1: least developed countries · Free")).to_be_visible()
    expect(page.get_by_role("heading", name="ARDI: Not known from the lists held")).to_be_visible()


def test_the_statistics_chart_is_drawn_without_breaking_the_content_policy(page, loaded):
    violations = []
    page.on("console", lambda message: "Content Security Policy" in message.text and violations.append(message.text))
    page.goto("/programmes/aspi/")
    canvas = page.locator("canvas[data-chart]")
    expect(canvas).to_have_attribute("role", "img")
    page.wait_for_function("() => window.Chart && Chart.getChart(document.querySelector('canvas[data-chart]'))")
    assert violations == []
