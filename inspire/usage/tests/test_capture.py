import datetime
from unittest import mock

import pytest
from django.test import RequestFactory

from inspire.usage.capture import country_for_ip, event_from_request, is_bot, section_for
from inspire.usage.models import Event
from inspire.usage.services import events_flush, events_write
from inspire.usage.signals import object_downloaded
from inspire.usage.tests.conftest import BROWSER

pytestmark = pytest.mark.django_db


def test_home_page_view_is_recorded_with_section_country_and_no_ip(client, browser_headers):
    response = client.get("/", **browser_headers)

    assert response.status_code == 200
    assert events_flush() == 1
    event = Event.objects.get()
    assert (event.kind, event.section, event.object_key, event.country) == ("view", "home", "/", "US")
    assert event.is_authenticated is False
    stored = [str(value) for value in Event.objects.values_list().get()]
    assert not any("8.8.8.8" in value for value in stored)
    assert len(event.visitor_key) == 32


def test_signed_in_visit_is_marked_signed_in(client, user, browser_headers):
    client.force_login(user)
    client.get("/", **browser_headers)
    events_flush()
    assert Event.objects.get().is_authenticated is True


def test_referrer_keeps_only_other_sites_host(client, browser_headers):
    client.get("/", HTTP_REFERER="https://search.example.org/results?q=patent+register", **browser_headers)
    client.get("/", HTTP_REFERER="http://testserver/databases/", **browser_headers)
    events_flush()
    assert sorted(Event.objects.values_list("referrer_host", flat=True)) == ["", "search.example.org"]


@pytest.mark.parametrize(
    "user_agent",
    [
        "",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0)",
        "curl/8.5.0",
        "python-requests/2.32.3",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0 Safari/537.36",
    ],
)
def test_bots_and_scripts_are_not_counted(client, user_agent):
    client.get("/", HTTP_USER_AGENT=user_agent, REMOTE_ADDR="8.8.8.8")
    events_flush()
    assert not Event.objects.exists()
    assert is_bot(user_agent)


def test_browsers_are_not_taken_for_bots():
    assert not is_bot(BROWSER)


def test_admin_staff_api_docs_and_health_pages_are_not_counted(client, staff_user, browser_headers):
    client.force_login(staff_user)
    for path in ["/admin/", "/staff/usage/", "/api/docs/", "/healthz", "/api/v1/", "/no-such-page/"]:
        client.get(path, **browser_headers)
    events_flush()
    assert not Event.objects.exists()


def test_htmx_fragments_and_posts_are_not_counted(client, browser_headers):
    client.get("/", HTTP_HX_REQUEST="true", **browser_headers)
    client.post("/", **browser_headers)
    events_flush()
    assert not Event.objects.exists()


def test_sections_come_from_the_url_namespace():
    def match(app_name, url_name):
        return mock.Mock(app_name=app_name, url_name=url_name)

    assert section_for(match("registers", "detail")) == "registers"
    assert section_for(match("etisc", "topic")) == "etisc"
    assert section_for(match("", "home")) == "home"
    assert section_for(match("usage", "dashboard")) is None
    assert section_for(match("admin", "index")) is None
    assert section_for(None) is None


def test_country_is_resolved_offline_from_ipv4():
    assert country_for_ip("8.8.8.8") == "US"
    assert country_for_ip("127.0.0.1") == ""
    assert country_for_ip("not-an-ip") == ""


def test_trusted_proxy_country_header_is_used_when_configured(client, settings, browser_headers):
    settings.USAGE_TRUSTED_COUNTRY_HEADER = "CF-IPCountry"
    client.get("/", HTTP_CF_IPCOUNTRY="ke", **browser_headers)
    client.get("/", HTTP_CF_IPCOUNTRY="XX", **browser_headers)
    events_flush()
    assert sorted(Event.objects.values_list("country", flat=True)) == ["", "KE"]


def test_address_forwarded_by_a_trusted_proxy_is_the_visitor(client, settings):
    settings.NUM_PROXIES = 1
    for forwarded in ["203.0.113.5", "1.1.1.1, 203.0.113.5", "198.51.100.7"]:
        client.get("/", HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded)
    events_flush()
    assert Event.objects.values("visitor_key").distinct().count() == 2


def test_forwarded_address_is_ignored_without_trusted_proxies(client, settings):
    settings.NUM_PROXIES = 0
    for forwarded in ["203.0.113.5", "198.51.100.7"]:
        client.get("/", HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="8.8.8.8", HTTP_X_FORWARDED_FOR=forwarded)
    events_flush()
    assert Event.objects.values("visitor_key").distinct().count() == 1
    assert Event.objects.values_list("country", flat=True).first() == "US"


def test_visitor_key_changes_every_day_for_the_same_person(client, browser_headers):
    for day in (20, 20, 21):
        moment = datetime.datetime(2026, 11, day, 9, tzinfo=datetime.UTC)
        with mock.patch("inspire.usage.capture.timezone.now", return_value=moment):
            client.get("/", **browser_headers)
    events_flush()
    keys = list(Event.objects.order_by("occurred_at").values_list("visitor_key", flat=True))
    assert keys[0] == keys[1] != keys[2]


def test_download_signal_records_a_download_of_the_object(rf: RequestFactory, user):
    request = rf.get("/analytics/reports/1/download/", HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="8.8.8.8")
    request.user = user
    object_downloaded.send(sender=type(user), request=request, obj=user)
    events_flush()
    event = Event.objects.get()
    assert (event.kind, event.section, event.object_key, event.object_label) == (
        "download",
        "accounts",
        f"accounts.user:{user.pk}",
        str(user),
    )


def test_the_same_buffered_event_written_twice_is_stored_once(rf: RequestFactory):
    request = rf.get("/", HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="8.8.8.8")
    item = event_from_request(request, kind=Event.Kind.VIEW, section="home", object_key="/").as_dict()

    events_write(items=[item])
    events_write(items=[item])

    assert Event.objects.count() == 1


def test_a_malformed_buffered_event_is_dropped_without_blocking_the_others(rf: RequestFactory):
    request = rf.get("/", HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="8.8.8.8")
    good = event_from_request(request, kind=Event.Kind.VIEW, section="home", object_key="/").as_dict()
    bad = dict(good, uid="not-a-uuid", kind="teleport")

    assert events_write(items=[bad, {"kind": "view"}, good]) == 1
    assert Event.objects.count() == 1
