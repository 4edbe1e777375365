"""Anonymous pages come from the shared cache, and any committed write retires them at once.

These tests commit (transactional database), because a write retires cached pages when its
transaction commits.
"""

import gzip

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction

from databases.models import PatentDatabase
from databases.tests.factories import PatentDatabaseFactory
from inspire.usage.models import Event
from inspire.usage.services import events_flush
from inspire.usage.tests.conftest import BROWSER

pytestmark = pytest.mark.django_db(transaction=True)
BROWSER_HEADERS = {"HTTP_USER_AGENT": BROWSER, "REMOTE_ADDR": "8.8.8.8"}


@pytest.fixture(autouse=True)
def page_cache(settings, require_redis):
    settings.PAGE_CACHE_SECONDS = 300


def test_the_second_anonymous_visit_is_served_from_the_cache(client):
    PatentDatabaseFactory(name="Espacenet test")
    first = client.get("/databases/")
    second = client.get("/databases/")
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_an_edit_shows_on_the_very_next_request(client):
    database = PatentDatabaseFactory(name="Old name")
    assert "Old name" in client.get("/databases/").content.decode()

    database.name = "New name"
    database.save()

    page = client.get("/databases/")
    assert page["X-Page-Cache"] == "miss"
    assert "New name" in page.content.decode()


def test_a_bulk_update_retires_pages_too(client):
    PatentDatabaseFactory(name="Before bulk")
    client.get("/databases/")
    PatentDatabase.objects.update(name="After bulk")
    assert "After bulk" in client.get("/databases/").content.decode()


def test_a_write_that_rolls_back_keeps_the_cache(client):
    PatentDatabaseFactory(name="Kept")
    client.get("/databases/")
    with pytest.raises(RuntimeError), transaction.atomic():
        PatentDatabase.objects.update(name="Never committed")
        raise RuntimeError
    assert client.get("/databases/")["X-Page-Cache"] == "hit"


def test_counting_visits_does_not_empty_the_cache_and_cached_hits_are_counted(client):
    client.get("/databases/", **BROWSER_HEADERS)
    events_flush()
    assert client.get("/databases/", **BROWSER_HEADERS)["X-Page-Cache"] == "hit"
    events_flush()
    assert client.get("/databases/", **BROWSER_HEADERS)["X-Page-Cache"] == "hit"
    events_flush()
    assert Event.objects.filter(kind=Event.Kind.VIEW, object_key="/databases/").count() == 3


def test_each_language_has_its_own_cached_page(client):
    english = client.get("/databases/")
    french = client.get("/fr/databases/")
    assert french["X-Page-Cache"] == "miss"
    assert client.get("/fr/databases/").content == french.content != english.content


def test_signed_in_visitors_never_get_or_fill_the_shared_page(client):
    client.get("/databases/")
    user = get_user_model().objects.create_user(username="reader", password="x-long-password-1")
    client.force_login(user)
    page = client.get("/databases/")
    assert "X-Page-Cache" not in page
    assert "reader" in page.content.decode()


def test_a_page_with_a_form_token_is_never_shared(client):
    client.get("/accounts/login/")
    page = client.get("/accounts/login/")
    assert "X-Page-Cache" not in page
    assert "csrfmiddlewaretoken" in page.content.decode()


def test_a_cached_page_is_sent_gzipped_to_a_browser_that_accepts_it(client):
    PatentDatabaseFactory(name="Espacenet test")
    first = client.get("/databases/")
    zipped = client.get("/databases/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    plain = client.get("/databases/")
    assert zipped["X-Page-Cache"] == "hit" and zipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.content) == first.content == plain.content
    assert "Content-Encoding" not in plain
    for response in (first, zipped, plain):
        assert "Accept-Encoding" in response["Vary"]
