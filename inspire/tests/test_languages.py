"""The hub in the six UN languages: the URL carries the language, the page says which one it is."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils.translation import to_locale

LOCALE = Path(settings.BASE_DIR) / "locale"
TRANSLATED = [code for code, _name in settings.LANGUAGES if code != "en"]
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|\{(\w*)\}")


def _html_tag(response) -> str:
    return re.search(r"<html[^>]*>", response.content.decode()).group(0)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "lang", "direction", "words"),
    [
        ("/", "en", "ltr", "Patent databases"),
        ("/fr/", "fr", "ltr", "Bases de données de brevets"),
        ("/es/databases/", "es", "ltr", "Bases de datos de patentes"),
        ("/ar/registers/", "ar", "rtl", "قواعد بيانات البراءات"),
        ("/ru/policies/", "ru", "ltr", "Патентные базы данных"),
        ("/zh-hans/analytics/", "zh-hans", "ltr", "专利数据库"),
    ],
)
def test_each_language_has_its_own_url_and_says_so_on_the_page(client, path, lang, direction, words):
    response = client.get(path)
    assert response.status_code == 200
    assert _html_tag(response) == f'<html lang="{lang}" dir="{direction}">'
    assert words in response.content.decode()


@pytest.mark.django_db
def test_switcher_links_lead_to_the_same_page_in_each_language_with_hreflang_alternates(client):
    page = client.get("/databases/?access=free").content.decode()
    assert '<a href="/fr/databases/?access=free" hreflang="fr" lang="fr">Français</a>' in page
    assert '<a href="/ar/databases/?access=free" hreflang="ar" lang="ar">العربيّة</a>' in page
    assert '<link rel="alternate" hreflang="zh-hans" href="http://testserver/zh-hans/databases/?access=free">' in page
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/databases/?access=free">' in page
    french = client.get("/fr/databases/?access=free").content.decode()
    assert '<a href="/databases/?access=free" hreflang="en" lang="en">English</a>' in french


@pytest.mark.django_db
def test_anonymous_pages_carry_no_per_visitor_token(client):
    """The switcher is links, not a form: an anonymous page is the same for everyone, so it can be
    served from a shared cache."""
    assert "csrfmiddlewaretoken" not in client.get("/fr/registers/").content.decode()


@pytest.mark.django_db
def test_the_api_answers_in_the_language_the_client_asks_for(client):
    response = client.get("/api/v1/search/?q=patent&kind=nothing", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 400
    assert response["Content-Language"] == "fr"
    assert "Accept-Language" in response["Vary"]
    assert "Type inconnu" in str(response.json())
    english = client.get("/api/v1/search/?q=patent&kind=nothing")
    assert "Unknown kind" in str(english.json())


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_message_is_translated_in_every_language(code):
    """An untranslated or fuzzy message shows English in the middle of a translated page, and a
    translation that drops a placeholder loses the number or name it should show."""
    catalog = polib.pofile(str(LOCALE / to_locale(code) / "LC_MESSAGES" / "django.po"))
    assert [entry.msgid for entry in catalog.untranslated_entries()] == []
    assert [entry.msgid for entry in catalog.fuzzy_entries()] == []
    for entry in catalog.translated_entries():
        sources = [entry.msgid] + ([entry.msgid_plural] if entry.msgid_plural else [])
        wanted = set().union(*(PLACEHOLDER.findall(source) for source in sources))
        translations = [entry.msgstr] if entry.msgstr else list(entry.msgstr_plural.values())
        for translation in translations:
            assert set(PLACEHOLDER.findall(translation)) <= wanted, (entry.msgid, translation)
            if not entry.msgid_plural:
                assert set(PLACEHOLDER.findall(translation)) == wanted, (entry.msgid, translation)


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_compiled_catalog_holds_what_the_translators_wrote(code):
    """The .mo files are committed so `make run` needs no gettext; they must match their .po."""
    folder = LOCALE / to_locale(code) / "LC_MESSAGES"
    written = {(e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural for e in polib.pofile(str(folder / "django.po"))}
    compiled = {(e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural for e in polib.mofile(str(folder / "django.mo"))}
    compiled.pop((None, ""), None)  # the header
    assert compiled == written
