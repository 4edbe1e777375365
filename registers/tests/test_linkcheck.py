import pytest

from inspire.testing import assert_constant_queries
from registers import tasks
from registers.linkcheck import check_url
from registers.models import Resource
from registers.tests.factories import JurisdictionFactory, ResourceFactory


def test_working_page_is_ok(local_site):
    result = check_url(f"{local_site}/ok")
    assert result.ok and result.status_code == 200 and result.error == ""


def test_missing_page_is_reported_with_its_status(local_site):
    result = check_url(f"{local_site}/missing")
    assert not result.ok
    assert result.status_code == 404
    assert result.error == "HTTP 404"


def test_slow_server_times_out(local_site):
    result = check_url(f"{local_site}/slow", timeout=0.3)
    assert not result.ok
    assert result.status_code is None
    assert "Timed out" in result.error


def test_redirect_loop_is_detected(local_site):
    result = check_url(f"{local_site}/loop-a")
    assert not result.ok
    assert "Redirect loop" in result.error


def test_redirects_are_followed(local_site):
    assert check_url(f"{local_site}/moved").ok


def test_server_refusing_head_is_checked_with_get(local_site):
    result = check_url(f"{local_site}/no-head")
    assert result.ok and result.status_code == 200


def test_unreachable_host_and_bad_scheme_are_errors():
    assert not check_url("ftp://example.org/").ok
    assert not check_url("http://127.0.0.1:9/", timeout=0.5).ok


@pytest.mark.django_db
def test_weekly_job_records_status_on_every_resource(local_site, france):
    working = ResourceFactory(jurisdiction=france, url=f"{local_site}/ok")
    same_url = ResourceFactory(jurisdiction=france, kind="gazette", url=f"{local_site}/ok")
    broken = ResourceFactory(jurisdiction=france, url=f"{local_site}/missing")
    assert tasks.links_check.delay().get() == 2  # distinct URLs, run in-process without a broker
    for resource in (working, same_url, broken):
        resource.refresh_from_db()
        assert resource.link_checked_at is not None
    assert working.link_ok is True and same_url.link_ok is True
    assert broken.link_ok is False and broken.link_status_code == 404


@pytest.mark.django_db
def test_curators_see_failed_links(client, curator, user, france):
    ResourceFactory(jurisdiction=france, title="Old register", link_ok=False, link_error="HTTP 404")
    ResourceFactory(jurisdiction=france, title="Fine register", link_ok=True)
    client.force_login(curator)
    html = client.get("/registers/link-health/").content.decode()
    assert "Old register" in html and "Fine register" not in html
    client.force_login(user)
    assert client.get("/registers/link-health/").status_code == 403


def test_real_worker_checks_a_link_through_redis(celery_worker, local_site):
    resource = ResourceFactory(jurisdiction=JurisdictionFactory(code="DE", name="Germany"), url=f"{local_site}/ok")
    assert tasks.link_check.apply_async([resource.url], ignore_result=False).get(timeout=20) is True
    assert Resource.objects.get(pk=resource.pk).link_ok is True


@pytest.mark.django_db
def test_failed_links_page_query_count_does_not_grow_with_rows(client, curator):
    client.force_login(curator)

    def add_rows():
        ResourceFactory(link_ok=False, link_status_code=404, link_error="HTTP 404")

    assert_constant_queries(client, "/registers/link-health/", add_rows)
