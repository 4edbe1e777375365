import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from analytics import validators
from analytics.tests.factories import MINIMAL_PDF, ReportFactory, pdf_upload


def upload_url(report) -> str:
    return reverse("analytics:report_upload", args=[report.slug])


def test_curator_uploads_a_pdf_that_downloads_then_serve(client, curator, db):
    report = ReportFactory(slug="to-upload")
    client.force_login(curator)
    response = client.post(upload_url(report), {"pdf": pdf_upload()})
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.pdf.name.startswith("analytics/reports/")
    download = client.get(report.get_download_url(), HTTP_USER_AGENT="Mozilla/5.0 Firefox/132.0")
    assert download["Content-Type"] == "application/pdf"


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("report.txt", MINIMAL_PDF), "must end in .pdf"),
        (SimpleUploadedFile("report.pdf", b"MZ\x90\x00 renamed program", content_type="application/pdf"), "not a PDF"),
        (SimpleUploadedFile("report.pdf", b"", content_type="application/pdf"), "empty"),
    ],
)
def test_upload_form_refuses_files_that_are_not_pdfs(client, curator, db, upload, message):
    report = ReportFactory()
    client.force_login(curator)
    response = client.post(upload_url(report), {"pdf": upload})
    assert response.status_code == 400
    assert message in response.content.decode()
    report.refresh_from_db()
    assert not report.pdf


def test_upload_form_refuses_files_over_the_size_limit(client, curator, db, monkeypatch):
    monkeypatch.setattr(validators, "PDF_MAX_BYTES", 20)
    report = ReportFactory()
    client.force_login(curator)
    response = client.post(upload_url(report), {"pdf": pdf_upload(content=MINIMAL_PDF + b"x" * 100)})
    assert response.status_code == 400
    assert "the limit is 20" in response.content.decode()


def test_only_curators_may_upload(client, user, db):
    report = ReportFactory()
    assert client.get(upload_url(report)).status_code == 302  # to the sign-in page
    client.force_login(user)
    assert client.post(upload_url(report), {"pdf": pdf_upload()}).status_code == 403


def test_cover_images_are_sniffed_too():
    validators.validate_cover_image(SimpleUploadedFile("cover.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 20))
    with pytest.raises(ValidationError, match="not the image"):
        validators.validate_cover_image(SimpleUploadedFile("cover.png", b"GIF89a" + b"\x00" * 20))
    with pytest.raises(ValidationError, match="PNG, JPEG or WebP"):
        validators.validate_cover_image(SimpleUploadedFile("cover.svg", b"<svg/>"))


def test_curators_see_the_upload_form(client, curator, db):
    report = ReportFactory()
    client.force_login(curator)
    response = client.get(upload_url(report))
    assert response.status_code == 200
    assert 'accept="application/pdf,.pdf"' in response.content.decode()
