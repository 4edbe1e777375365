import re

import pytest
from playwright.sync_api import expect

from analytics.models import Report
from analytics.services import report_pdf_attach
from analytics.tests.factories import LanguageFactory, ReportFactory, TechnologyFieldFactory, pdf_upload


@pytest.mark.e2e
def test_reader_filters_by_field_opens_a_report_and_downloads_it(page):
    ai = TechnologyFieldFactory(name="Artificial intelligence", slug="ai")
    hydrogen = TechnologyFieldFactory(name="Hydrogen", slug="hydrogen")
    english = LanguageFactory()
    report = ReportFactory(
        title="Technology trends: AI", slug="trends-ai", series="witt", fields=[ai], languages=[english]
    )
    report_pdf_attach(report=report, pdf=pdf_upload())
    ReportFactory(title="Hydrogen patents", fields=[hydrogen], languages=[english])

    page.goto("/analytics/")
    expect(page.get_by_role("heading", name="2 reports")).to_be_visible()
    page.get_by_role("checkbox", name=re.compile(r"^Artificial intelligence")).check()
    page.wait_for_url(re.compile(r"field=ai"))
    expect(page.get_by_role("heading", name="1 report", exact=True)).to_be_visible()
    expect(page.get_by_role("link", name="Hydrogen patents")).to_have_count(0)

    page.get_by_role("link", name="Technology trends: AI").click()
    expect(page.get_by_role("heading", level=1, name="Technology trends: AI")).to_be_visible()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download PDF").click()
    assert download_info.value.suggested_filename == "trends-ai.pdf"

    assert Report.objects.get(slug="trends-ai").download_count == 1
    page.reload()
    expect(page.locator(".download-count")).to_contain_text("1 download here")
