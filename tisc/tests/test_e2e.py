"""In a real browser, on a 390 px wide phone: record a request, read the dashboard and a report."""

import pytest

from tisc.periods import Period
from tisc.services.reports import report_open

PHONE = {"width": 390, "height": 844}


def no_sideways_scroll(page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), page.url


@pytest.mark.django_db(transaction=True)
def test_a_coordinator_records_and_reads_on_a_phone(login_page, cast, records, project_a, inst_a1):
    page = login_page(cast["coordinator_a"])
    page.set_viewport_size(PHONE)
    page.goto("/tisc/workspace/institutions/a-one/")
    no_sideways_scroll(page)
    page.locator("#request-form #id_kind").select_option("state_of_the_art")
    page.locator("#request-form #id_requester_category").select_option("sme")
    page.get_by_role("button", name="Save request").click()
    page.wait_for_url("**/tisc/workspace/institutions/a-one/**")
    assert "Request saved" in page.content()
    assert page.locator("#request-form #id_kind").input_value() == "state_of_the_art"  # remembered

    page.goto("/tisc/workspace/institutions/a-one/dashboard/?year=2026")
    no_sideways_scroll(page)
    page.wait_for_function("() => window.Chart !== undefined")
    assert page.locator("canvas[role=img]").count() >= 3
    assert page.locator("#months-table").is_visible()

    report = report_open(network=inst_a1.network, institution=inst_a1, period=Period(2026, 1))
    page.goto(report.get_absolute_url())
    no_sideways_scroll(page)
    page.locator("#id_narrative").fill("Searches for two food firms.")
    page.get_by_role("button", name="Submit for review").click()
    page.wait_for_selector("text=Frozen copy 1")

    for path in ("/tisc/", "/tisc/institutions/", "/tisc/workspace/", "/tisc/workspace/networks/network-a/project/"):
        page.goto(path)
        no_sideways_scroll(page)
