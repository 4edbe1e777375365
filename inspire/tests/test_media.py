import pytest


@pytest.fixture
def uploads(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "policies").mkdir()
    (tmp_path / "policies" / "evil.html").write_text("<script>alert(document.cookie)</script>")
    (tmp_path / "policies" / "policy.pdf").write_bytes(b"%PDF-1.4 test")
    (tmp_path / "secret.txt").write_text("outside")
    return tmp_path


@pytest.mark.django_db
def test_uploaded_html_is_never_served_as_html(client, uploads):
    response = client.get("/media/policies/evil.html")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_uploaded_pdf_opens_inline(client, uploads):
    response = client.get("/media/policies/policy.pdf")
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["../etc/passwd", "policies/../../secret.txt", "missing.pdf", "policies"])
def test_paths_outside_uploads_or_missing_give_404(client, uploads, path):
    assert client.get(f"/media/{path}").status_code == 404
