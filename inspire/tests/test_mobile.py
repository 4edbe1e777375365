"""Phones: no page kind is wider than a 390 px (or 360 px) viewport, and filters fold behind a button."""

import os
import re
from pathlib import Path

import pytest
from django.core.management import call_command

PHONE = {"width": 390, "height": 844}
NARROW = {"width": 360, "height": 780}
DESKTOP = {"width": 1280, "height": 900}
# A folder to keep one screenshot per page kind and width in, to judge the pages by eye.
SCREENSHOTS = os.environ.get("SCREENSHOTS")


def _first(model, **filters):
    return model.objects.filter(**filters).order_by("pk").first()


def _database():
    from databases.models import PatentDatabase

    return _first(PatentDatabase)


def _url(kind: str) -> str:
    """One URL of each page kind, taken from the curated content."""
    from analytics.models import Report
    from databases.models import PatentDatabase
    from etisc.models import Topic
    from policies.models import Institution

    if kind == "database report":
        return _database().get_absolute_url()
    if kind == "coverage map":
        return f"/databases/{_database().slug}/map/"
    if kind == "compare 3 databases":
        slugs = PatentDatabase.objects.order_by("pk").values_list("slug", flat=True)[:3]
        return "/databases/compare/?" + "&".join(f"db={slug}" for slug in slugs)
    if kind == "analytics report":
        return _first(Report).get_absolute_url()
    if kind == "institution":
        return _first(Institution).get_absolute_url()
    if kind == "etisc topic":
        return _first(Topic).get_absolute_url()
    return PAGES[kind]


PAGES = {
    "home": "/",
    "search results": "/search/?q=patent",
    "databases index": "/databases/",
    "database report": None,
    "coverage map": None,
    "compare 3 databases": None,
    "finder with answers": "/databases/finder/?jurisdiction=CN&feature=chemical&budget=free",
    "registers table": "/registers/",
    "register map": "/registers/map/",
    "jurisdiction EP": "/registers/EP/",
    "jurisdiction KE": "/registers/KE/",
    "status checker result": "/registers/check/?number=EP1234567",
    "analytics index": "/analytics/",
    "analytics report": None,
    "policies index": "/policies/",
    "institution": None,
    "country page": "/policies/countries/KE/",
    "toolkit": "/policies/toolkit/",
    "etisc index": "/etisc/",
    "etisc topic": None,
    "events": "/etisc/events/",
    "ask the expert": "/etisc/ask-the-expert/",
    "tisc directory": "/tisc/",
    "programmes": "/programmes/",
    "programme aspi": "/programmes/aspi/",
    "eligibility result": "/programmes/eligibility/?country=KE&type=university",
    "learning": "/learning/",
    "impact": "/impact/",
    "sign in": "/accounts/login/",
    "sign up": "/accounts/signup/",
    "404": "/no-such-page/",
}
WIDEST = ["compare 3 databases", "registers table", "jurisdiction EP", "analytics report", "databases index"]


@pytest.fixture
def content(transactional_db):
    """The curated content, loaded once per test (the live server's flush wipes it after each)."""
    call_command("load_content", verbosity=0)


# The innermost elements reaching past the viewport's edge, so a failure says what to fix.
CULPRIT = """[...document.body.querySelectorAll('*')]
  .filter(el => el.getBoundingClientRect().right > window.innerWidth + 1
    && ![...el.children].some(child => child.getBoundingClientRect().right > window.innerWidth + 1))
  .slice(0, 3)
  .map(el => el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : ''))
  .join(', ')"""


def _too_wide(page, kinds) -> list[str]:
    """Every page kind wider than the viewport, each named with its widths (one load, all pages)."""
    failures = []
    for kind in kinds:
        page.goto(_url(kind))
        page.wait_for_load_state("load")
        if SCREENSHOTS:
            name = f"{re.sub(r'[^a-z0-9]+', '-', kind.lower())}-{page.viewport_size['width']}.png"
            page.screenshot(path=Path(SCREENSHOTS) / name, full_page=True)
        scroll_width, inner_width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        if scroll_width > inner_width:
            culprit = page.evaluate(CULPRIT)
            failures.append(f"{kind} ({_url(kind)}): {scroll_width}px in {inner_width}px, from {culprit}")
    return failures


@pytest.mark.parametrize(
    ("viewport", "kinds"),
    [(PHONE, list(PAGES)), (NARROW, WIDEST), (DESKTOP, list(PAGES))],
    ids=["390px", "360px", "1280px"],
)
def test_no_page_is_wider_than_a_phone(content, page, viewport, kinds):
    """Loading the content takes long, so one test visits every page kind and names each that fails."""
    page.set_viewport_size(viewport)
    assert _too_wide(page, kinds) == []


def test_filters_fold_behind_a_button_counting_the_active_filters_on_a_phone(page):
    page.set_viewport_size(PHONE)
    page.goto("/databases/?kind=commercial&access=free&sort=name&q=")
    toggle = page.locator("details.filters-toggle")
    summary = toggle.locator("summary")
    assert summary.is_visible()
    assert " ".join(summary.inner_text().split()) == "Filters (2)"
    assert toggle.get_attribute("open") is None
    assert not page.get_by_label("Sort by").is_visible()
    summary.click()
    assert page.get_by_label("Sort by").is_visible()

    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("/databases/")
    assert page.get_by_label("Sort by").is_visible()
    assert not page.locator("details.filters-toggle summary").is_visible()


def test_active_filters_count_each_filter_value_but_not_paging_sorting_or_search(rf):
    from inspire.templatetags.inspire_tags import active_filter_count

    request = rf.get("/", {"kind": ["commercial", "free"], "access": "", "page": "2", "sort": "name", "q": "x"})
    assert active_filter_count(request.GET) == 2


def test_compare_on_a_phone_keeps_the_attribute_column_and_picks_databases(page):
    from databases.tests.factories import make_database

    for slug in ("alpha", "beta", "gamma"):
        make_database(slug, features=("chemical",))
    page.set_viewport_size(PHONE)
    page.goto("/databases/compare/?db=alpha&db=beta&db=gamma")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    header = page.locator(".compare-matrix thead th").first
    assert header.evaluate("cell => getComputedStyle(cell).position") == "sticky"
    columns = page.get_by_role("group", name="Show columns")
    assert columns.is_visible()
    assert page.get_by_role("columnheader", name="Gamma").is_visible()
    columns.get_by_label("Gamma").uncheck()
    assert not page.get_by_role("columnheader", name="Gamma").is_visible()
    assert page.get_by_role("columnheader", name="Beta").is_visible()


def test_filters_needing_a_fix_stay_open(rf):
    from django.template import Context, Template

    request = rf.get("/", {"kind": "x"})
    source = "{% load inspire_tags %}{% filters_toggle open=invalid %}<form></form>{% endfilters_toggle %}"
    assert "data-filters-toggle open>" in Template(source).render(Context({"request": request, "invalid": True}))
    closed = Template(source).render(Context({"request": request, "invalid": False}))
    assert "data-filters-toggle>" in closed
    assert "(1)" in closed
