import datetime
import re
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect


@pytest.mark.e2e
def test_staff_member_reads_the_dashboard_picks_a_range_and_downloads_csv(login_page, staff_user):
    call_command("usage_synthetic", "--days=40", "--visitors-per-day=30", stdout=StringIO())
    page = login_page(staff_user)
    # Script errors and CSP violations; HTTP statuses (favicon 404, the invalid range's 400) are checked apart.
    console_errors = []

    def remember_error(message):
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            console_errors.append(message.text)

    page.on("console", remember_error)

    page.goto("/staff/usage/")

    expect(page.get_by_role("heading", name="Usage analytics", level=1)).to_be_visible()
    expect(page.get_by_text("synthetic demo traffic")).to_be_visible()
    expect(page.get_by_role("img", name=re.compile("Top 10 countries"))).to_be_visible()
    assert page.evaluate("() => Boolean(window.Chart && Chart.getChart(document.getElementById('countries-chart')))")

    today = timezone.now().date()
    page.get_by_label("Start date").fill(today.isoformat())
    page.get_by_label("End date").fill((today - datetime.timedelta(days=7)).isoformat())
    page.get_by_role("button", name="Show").click()
    expect(page.get_by_role("alert")).to_contain_text("The start date must be on or before the end date.")

    page.get_by_label("Start date").fill((today - datetime.timedelta(days=7)).isoformat())
    page.get_by_label("End date").fill(today.isoformat())
    page.get_by_role("button", name="Show").click()
    countries = page.locator("#countries-table")
    expect(countries.get_by_role("columnheader", name="Country")).to_be_visible()

    with page.expect_download() as download:
        page.get_by_role("link", name="Download “Top 10 countries” as CSV").click()
    lines = Path(download.value.path()).read_text().splitlines()
    assert lines[0] == "Country,Users,Page views"
    assert len(lines) - 1 == countries.locator("tbody tr").count()
    assert console_errors == []
