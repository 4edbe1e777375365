import pytest
from django.core.management import call_command

from inspire.search.selectors import documents_for, search

pytestmark = pytest.mark.django_db


def urls_found(query: str, user) -> set[str]:
    return {document.url for document in documents_for(search(query=query, user=user).hits)}


def test_site_search_finds_programmes_and_learning(loaded, user):
    call_command("search_reindex", verbosity=0)
    assert "/programmes/aspi/" in urls_found("specialized patent information", user)
    assert "/learning/e-tutorial-using-patent-information-dl177/" in urls_found("e-Tutorial", user)
    assert "/learning/paths/patent-searching/" in urls_found("patent searching", user)


def test_the_sitemap_lists_both_apps(client, loaded):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    body = response.content.decode()
    for path in (
        "/programmes/",
        "/programmes/eligibility/",
        "/programmes/aspi/",
        "/learning/",
        "/learning/paths/",
        "/learning/paths/tisc-foundation-course/",
        "/learning/guide-identifying-inventions-public-domain/",
    ):
        assert f"{path}</loc>" in body, path
    assert "/learning/progress/" not in body and "/learning/team/" not in body
