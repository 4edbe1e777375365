import pytest
from django.urls import reverse

from analytics.models import ReportDownload
from analytics.services import report_pdf_attach
from analytics.tests.factories import ReportFactory, pdf_upload
from inspire.usage.signals import object_downloaded

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"


@pytest.fixture
def sent_signals():
    received = []

    def receiver(sender, request, obj, **kwargs):
        received.append((sender, obj))

    object_downloaded.connect(receiver)
    yield received
    object_downloaded.disconnect(receiver)


def download(client, report, user_agent=BROWSER):
    return client.get(reverse("analytics:report_download", args=[report.slug]), HTTP_USER_AGENT=user_agent)


def test_downloading_a_linked_report_counts_it_and_redirects(client, db, sent_signals):
    report = ReportFactory(landing_url="https://example.org/landing")
    response = download(client, report)
    assert response.status_code == 302
    assert response["Location"] == "https://example.org/landing"
    report.refresh_from_db()
    assert report.download_count == 1
    assert ReportDownload.objects.get().served == "link"
    assert sent_signals == [(type(report), report)]


def test_downloading_an_uploaded_pdf_serves_it_as_an_attachment(client, db, sent_signals):
    report = ReportFactory(slug="with-file")
    report_pdf_attach(report=report, pdf=pdf_upload())
    response = download(client, report)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"] == 'attachment; filename="with-file.pdf"'
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    report.refresh_from_db()
    assert report.download_count == 1
    assert ReportDownload.objects.get().served == "file"


def test_every_download_adds_one(client, db):
    report = ReportFactory(download_count=41)
    for _ in range(3):
        download(client, report)
    report.refresh_from_db()
    assert report.download_count == 44
    assert ReportDownload.objects.filter(report=report).count() == 3


@pytest.mark.parametrize(
    "user_agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "facebookexternalhit/1.1",
        "curl/8.5.0",
        "python-requests/2.32.3",
        "",
    ],
)
def test_bots_get_the_report_but_are_not_counted(client, db, sent_signals, user_agent):
    report = ReportFactory()
    response = download(client, report, user_agent=user_agent)
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.download_count == 0
    assert not ReportDownload.objects.exists()
    assert sent_signals == []


def test_reports_without_file_or_link_have_nothing_to_download(client, db):
    report = ReportFactory(landing_url="")
    assert download(client, report).status_code == 404
    assert "Get the report" not in client.get(report.get_absolute_url()).content.decode()


def test_download_count_is_shown_on_the_page_and_in_the_api(client, api_client, db):
    report = ReportFactory(slug="counted")
    download(client, report)
    download(client, report)
    assert "2</strong>" in client.get(report.get_absolute_url()).content.decode()
    assert api_client.get("/api/v1/analytics/reports/counted/").json()["download_count"] == 2


def test_a_missing_pdf_file_is_not_found_and_not_counted(client, db):
    report = ReportFactory()
    report_pdf_attach(report=report, pdf=pdf_upload())
    report.pdf.storage.delete(report.pdf.name)
    assert download(client, report).status_code == 404
    report.refresh_from_db()
    assert report.download_count == 0


@pytest.mark.django_db
def test_a_head_request_is_not_a_download(client):
    report = ReportFactory(slug="head-checked")
    assert client.head(reverse("analytics:report_download", args=[report.slug])).status_code == 405
    report.refresh_from_db()
    assert report.download_count == 0
