import pytest
from django.urls import reverse

from inspire.sections import SECTIONS


@pytest.mark.django_db
def test_home_page_links_to_every_section(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    for section in SECTIONS:
        assert f'href="{reverse(section.url_name)}"' in html
        assert str(section.title) in html


@pytest.mark.django_db
@pytest.mark.parametrize("section", SECTIONS, ids=lambda s: s.app_label)
def test_every_section_page_answers(client, section):
    response = client.get(reverse(section.url_name))
    assert response.status_code == 200
    assert b'aria-current="page"' in response.content


@pytest.mark.django_db
def test_pages_have_skip_link_and_landmarks(client):
    html = client.get("/").content.decode()
    assert 'class="skip-link" href="#main"' in html
    assert '<main id="main"' in html
    assert "<nav" in html and "<footer" in html


@pytest.mark.django_db
def test_unknown_page_shows_friendly_404(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert b"Page not found" in response.content


@pytest.mark.django_db
def test_unknown_api_path_answers_json_404(client):
    response = client.get("/api/v1/no-such-endpoint/")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


@pytest.mark.django_db
def test_security_headers_are_sent(client):
    response = client.get("/")
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["/", "/databases/", "/registers/", "/analytics/", "/learning/", "/programmes/", "/search/?q=patent"]
)
def test_head_answers_200_like_get_so_monitors_and_link_checkers_see_the_page(client, path):
    response = client.head(path)
    assert response.status_code == 200 and response.content == b""


def test_favicon_ico_leads_to_the_sites_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("favicon.svg")
