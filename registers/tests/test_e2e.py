import pytest

from registers.tests.factories import (
    ColumnAbsenceFactory,
    JurisdictionFactory,
    JurisdictionFileFactory,
    JurisdictionNoteFactory,
    OrganisationFactory,
    ResourceFactory,
    SampleNumberFactory,
)
from registers.worldmap import project

# A point well inside metropolitan France (near Bourges), not the centre of its bounding box,
# which French Guiana pulls out into the Atlantic.
INSIDE_FRANCE = (2.4, 47.1)


@pytest.mark.e2e
def test_visitor_opens_a_country_from_the_map_and_follows_to_the_table(page):
    epo = OrganisationFactory()
    france = JurisdictionFactory(code="FR", name="France", region="EU")
    france.memberships.add(epo)
    ResourceFactory(jurisdiction=france, title="data.inpi.fr", url="https://data.inpi.fr/", languages="fr")
    JurisdictionFactory(code="DE", name="Germany", region="EU")

    page.goto("/registers/map/")
    france_link = page.locator('a[data-code="FR"]')
    assert france_link.get_attribute("class") == "country state-yes"
    page.get_by_label("Colour by").select_option("member:EP")
    assert "state-yes" in france_link.get_attribute("class")
    assert "state-unknown" in page.locator('a[data-code="DE"]').get_attribute("class")
    assert page.locator("#map-legend-no").is_hidden()

    x, y = project(*INSIDE_FRANCE)
    screen = page.evaluate(
        """([x, y]) => {
            const svg = document.querySelector(".map-svg");
            const point = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM());
            return [point.x, point.y];
        }""",
        [x, y],
    )
    page.mouse.move(*screen)
    assert "France (FR)" in page.locator("#map-hover").inner_text()
    page.mouse.click(*screen)
    page.wait_for_url("**/registers/FR/")
    assert page.get_by_role("heading", level=1).inner_text().startswith("France")
    assert page.get_by_role("link", name="data.inpi.fr").first.is_visible()

    page.get_by_role("link", name="Compare in the table").click()
    page.wait_for_url("**/registers/?region=EU")
    table = page.get_by_role("table")
    assert table.get_by_role("rowheader", name="France").is_visible()
    assert table.get_by_role("rowheader", name="Germany").is_visible()


@pytest.mark.e2e
def test_keyboard_user_recolours_the_map_from_the_table_and_opens_a_file(page):
    france = JurisdictionFactory(code="FR", name="France", region="EU")
    ResourceFactory(jurisdiction=france, title="data.inpi.fr", url="https://data.inpi.fr/", languages="fr")
    ColumnAbsenceFactory(jurisdiction=france, column="spc")

    page.goto("/registers/map/")
    page.get_by_role("button", name="Online gazette").click()
    assert "state-unknown" in page.locator('a[data-code="FR"]').get_attribute("class")
    page.get_by_role("button", name="SPC / term extension").click()
    assert page.locator('a[data-code="FR"]').get_attribute("class") == "country state-no"
    assert page.locator("#map-legend-label").inner_text() == "SPC / term extension"
    assert page.get_by_label("Colour by").input_value() == "spc"

    page.locator('a[data-code="FR"]').focus()
    assert page.locator("#map-hover").inner_text() == "France (FR): no, recorded as absent"
    page.keyboard.press("Enter")
    page.wait_for_url("**/registers/FR/")


@pytest.mark.e2e
def test_map_legend_recounts_for_the_chosen_column_and_opens_the_filtered_table(page):
    france = JurisdictionFactory(code="FR", name="France", region="EU")
    ResourceFactory(jurisdiction=france, title="data.inpi.fr", url="https://data.inpi.fr/", languages="fr")
    germany = JurisdictionFactory(code="DE", name="Germany", region="EU")
    ColumnAbsenceFactory(jurisdiction=germany, column="spc")

    page.goto("/registers/map/")
    assert page.locator("#map-legend-yes .legend-count").inner_text() == "1"
    page.get_by_label("Colour by").select_option("spc")
    assert page.locator("#map-legend-yes .legend-count").inner_text() == "0"
    assert page.locator("#map-legend-no .legend-count").inner_text() == "1"
    assert page.locator("#map-legend-unknown .legend-count").inner_text() == "1"
    page.locator("#map-legend-no .legend-link").click()
    page.wait_for_url("**/registers/?spc=no")
    table = page.get_by_role("table")
    assert table.get_by_role("rowheader", name="Germany").is_visible()
    assert table.get_by_role("rowheader", name="France").count() == 0


@pytest.mark.e2e
def test_a_jurisdiction_page_with_notes_fits_a_phone_screen(page):
    france = JurisdictionFactory(code="FR", name="France", region="EU")
    ResourceFactory(jurisdiction=france, title="data.inpi.fr", url="https://data.inpi.fr/", languages="fr")
    JurisdictionFileFactory(jurisdiction=france)
    SampleNumberFactory(jurisdiction=france, source_url="https://data.inpi.fr/help", reviewed_on="2026-12-02")
    for topic in ("protection_route", "register_contents", "regional_routes", "search_tips"):
        JurisdictionNoteFactory(
            jurisdiction=france,
            topic=topic,
            source_url="https://www.example.org/a/rather/long/path/to/the/page/that/states/this/fact?with=query",
        )

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/registers/FR/")
    assert page.get_by_role("heading", name="How protection is obtained").is_visible()
    assert page.get_by_role("heading", name="Regional routes that reach it").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


@pytest.mark.e2e
def test_a_printed_jurisdiction_file_is_the_file_alone_with_its_addresses_written_out(page):
    france = JurisdictionFactory(code="FR", name="France", region="EU")
    ResourceFactory(jurisdiction=france, title="data.inpi.fr", url="https://data.inpi.fr/", languages="fr")
    JurisdictionFileFactory(jurisdiction=france)

    page.goto("/registers/FR/")
    page.emulate_media(media="print")
    assert page.locator(".site-header").is_hidden() and page.locator(".site-footer").is_hidden()
    assert page.get_by_role("heading", level=1).is_visible()
    link = page.get_by_role("rowheader", name="data.inpi.fr").get_by_role("link")
    after = link.evaluate("a => getComputedStyle(a, '::after').content")
    assert "https://data.inpi.fr/" in after
