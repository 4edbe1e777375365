import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from databases import content
from databases.admin import PatentDatabaseResource
from databases.models import Comment, PatentDatabase, ReportRevision
from databases.tests.factories import CommentFactory

pytestmark = pytest.mark.django_db


def test_csv_export_lists_features_and_coverage(known_databases):
    csv_text = PatentDatabaseResource().export().csv
    assert "chemical|cpc" in csv_text.replace("alerts|boolean|", "")
    assert '"from_year": 1980' in csv_text.replace('""', '"')


def upload(name: str, path=None, text: str | None = None) -> SimpleUploadedFile:
    data = text.encode() if text is not None else (content.ROOT / path).read_bytes()
    return SimpleUploadedFile(name, data)


def test_admin_imports_content_files_through_the_loader_and_keeps_them_as_curator_edits(client, staff_user, capsys):
    client.force_login(staff_user)
    files = [
        upload("espacenet.yaml", "databases/espacenet.yaml"),
        upload("espacenet.csv", "coverage/espacenet.csv"),
    ]
    response = client.post("/admin/databases/patentdatabase/import-content/", {"files": files})
    assert response.status_code == 302
    espacenet = PatentDatabase.objects.get(slug="espacenet")
    assert espacenet.coverage.get(jurisdiction="EP", document_kind="grants", level="full_text").from_year == 1980
    assert espacenet.features.filter(feature="cpc", note="CPC browser built in").exists()
    # An import is the curator's act: the repository's files never overwrite it on reload.
    PatentDatabase.objects.filter(pk=espacenet.pk).update(tips="Imported by a curator")
    call_command("load_content", "--only", "databases")
    assert PatentDatabase.objects.get(slug="espacenet").tips == "Imported by a curator"


def test_admin_import_with_a_bad_file_names_file_and_line_and_saves_nothing(client, staff_user):
    client.force_login(staff_user)
    bad = (content.ROOT / "databases/espacenet.yaml").read_text().replace("access: free", "access: gratis")
    files = [upload("espacenet.yaml", text=bad), upload("espacenet.csv", "coverage/espacenet.csv")]
    response = client.post("/admin/databases/patentdatabase/import-content/", {"files": files})
    assert response.status_code == 400
    assert "espacenet.yaml:5: access:" in response.content.decode()
    assert not PatentDatabase.objects.exists()


def test_admin_lists_databases_and_exports_json(client, staff_user, known_databases):
    client.force_login(staff_user)
    assert client.get("/admin/databases/patentdatabase/").status_code == 200
    assert client.get("/admin/databases/patentdatabase/?q=beta").status_code == 200
    response = client.get(f"/admin/databases/patentdatabase/{known_databases['alpha'].pk}/change/")
    assert response.status_code == 200
    assert client.get("/admin/databases/patentdatabase/export/").status_code == 200


def test_curator_approves_comments_in_admin(client, staff_user, user, known_databases):
    comment = CommentFactory(database=known_databases["alpha"], author=user)
    client.force_login(staff_user)
    response = client.post(
        "/admin/databases/comment/", {"action": "approve", "_selected_action": [comment.pk]}, follow=True
    )
    assert response.status_code == 200
    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED


def admin_form_data(database: PatentDatabase, **changes) -> dict:
    data = {
        "slug": database.slug,
        "name": database.name,
        "provider": database.provider,
        "kind": database.kind,
        "url": database.url,
        "access": database.access,
        "interface_languages": json.dumps(database.interface_languages),
        "summary": database.summary,
        "overview": database.overview,
        "strengths": "",
        "limitations": "",
        "tips": "",
        "revision_summary": "",
        "source_url": database.source_url,
        "reviewed_on": "2026-11-24",
        "curator": "",
        "is_published": "on",
    }
    # The test empties features and coverage first, so every inline formset starts with no forms.
    for prefix in ("features", "coverage", "revisions"):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    data.update(changes)
    return data


def test_changing_the_report_in_admin_needs_a_summary_and_logs_a_revision(client, staff_user, known_databases):
    alpha = known_databases["alpha"]
    alpha.features.all().delete()
    alpha.coverage.all().delete()
    client.force_login(staff_user)
    url = f"/admin/databases/patentdatabase/{alpha.pk}/change/"
    response = client.post(url, admin_form_data(alpha, tips="New tip."))
    assert response.status_code == 200
    assert "Say what changed" in response.content.decode()
    response = client.post(url, admin_form_data(alpha, tips="New tip.", revision_summary="Tips added."))
    assert response.status_code == 302
    alpha.refresh_from_db()
    assert alpha.tips == "New tip."
    assert ReportRevision.objects.get(database=alpha).summary == "Tips added."


def test_curator_writes_the_summary_in_each_language_beside_the_english(client, staff_user, known_databases):
    alpha = known_databases["alpha"]
    alpha.features.all().delete()
    alpha.coverage.all().delete()
    client.force_login(staff_user)
    url = f"/admin/databases/patentdatabase/{alpha.pk}/change/"
    assert 'name="summary_fr"' in client.get(url).content.decode()
    french = "Une base de données de brevets pour les essais."
    response = client.post(url, admin_form_data(alpha, summary_fr=french, summary_ar=""))
    assert response.status_code == 302
    alpha.refresh_from_db()
    assert alpha.translations == {"fr": {"summary": french}}
    assert french in client.get(url).content.decode()
