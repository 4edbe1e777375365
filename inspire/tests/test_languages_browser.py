"""Each language in a real browser on a phone: the page says its language and direction, Arabic
mirrors, and nothing scrolls sideways. Screenshots land in test-results/languages/ for review."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from inspire.tests.test_mobile import CULPRIT, PHONE

SCREENSHOTS = Path(settings.BASE_DIR) / "test-results" / "languages"
PAGES = {
    "home": "",
    "databases": "databases/",
    "registers": "registers/",
    "jurisdiction file": "registers/KE/",
    "forum": "etisc/topics/",
}
PREFIXES = {"en": "/", "ar": "/ar/", "zh-hans": "/zh-hans/", "fr": "/fr/", "ru": "/ru/", "es": "/es/"}


@pytest.fixture
def content(transactional_db):
    call_command("load_content", "--only", "registers", "databases", "etisc", verbosity=0)


@pytest.mark.parametrize("code", list(PREFIXES))
def test_every_key_page_reads_in_its_language_and_direction_on_a_phone(content, page, code):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size(PHONE)
    direction = "rtl" if code == "ar" else "ltr"
    failures = []
    for name, path in PAGES.items():
        url = PREFIXES[code] + path
        response = page.goto(url)
        assert response.status == 200, url
        assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == [code, direction]
        scroll_width, inner_width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        if scroll_width > inner_width:
            failures.append(f"{url}: {scroll_width}px in {inner_width}px, from {page.evaluate(CULPRIT)}")
        page.screenshot(path=SCREENSHOTS / f"{code}-{name.replace(' ', '-')}.png")
    assert failures == []


def test_arabic_mirrors_the_layout(page):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("/ar/")
    brand_ar = page.locator(".brand").bounding_box()
    page.goto("/")
    brand_en = page.locator(".brand").bounding_box()
    assert brand_en["x"] < 640 < brand_ar["x"]  # the brand starts the header: left in English, right in Arabic
