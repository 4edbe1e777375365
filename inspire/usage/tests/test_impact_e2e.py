"""The Impact page's charts are drawn in a real browser, in English and right to left in Arabic."""

import pytest

from inspire.usage.tests.test_dashboard import seed_traffic


@pytest.mark.parametrize("prefix", ["/", "/ar/"])
def test_every_impact_chart_is_drawn_without_breaking_the_content_policy(page, prefix):
    seed_traffic()
    violations = []
    page.on("console", lambda message: message.type == "error" and violations.append(message.text))
    page.goto(f"{prefix}impact/")
    canvases = page.locator("canvas[data-chart]")
    assert canvases.count() >= 3
    page.wait_for_function(
        "() => window.Chart && [...document.querySelectorAll('canvas[data-chart]')].every(c => Chart.getChart(c))"
    )
    assert violations == []
