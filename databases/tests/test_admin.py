import json

import pytest
import tablib

from databases.admin import PatentDatabaseResource
from databases.models import Comment, PatentDatabase, ReportRevision
from databases.tests.factories import CommentFactory

pytestmark = pytest.mark.django_db

HEADERS = [
    "slug",
    "name",
    "provider",
    "kind",
    "url",
    "access",
    "aspi",
    "interface_languages",
    "summary",
    "overview",
    "strengths",
    "limitations",
    "tips",
    "source_url",
    "reviewed_on",
    "is_published",
    "features",
    "coverage",
]


def import_rows(rows: list[list]) -> object:
    dataset = tablib.Dataset(*rows, headers=HEADERS)
    return PatentDatabaseResource().import_data(dataset, dry_run=False, raise_errors=False)


def test_csv_export_then_import_round_trips_features_and_coverage(known_databases):
    exported = PatentDatabaseResource().export()
    csv_text = exported.csv
    assert "chemical|cpc" in csv_text.replace("alerts|boolean|", "")
    PatentDatabase.objects.all().delete()
    result = PatentDatabaseResource().import_data(tablib.Dataset().load(csv_text, format="csv"), dry_run=False)
    assert not result.has_errors()
    beta = PatentDatabase.objects.get(slug="beta")
    assert sorted(beta.features.values_list("feature", flat=True)) == ["alerts", "boolean", "chemical", "cpc"]
    assert beta.coverage.get(jurisdiction="EP").from_year == 1980


def test_import_with_bad_values_reports_errors_and_saves_nothing():
    coverage = json.dumps([{"jurisdiction": "XX", "document_kind": "grants", "level": "full_text"}])
    row = [
        "bad",
        "Bad",
        "P",
        "national_office",
        "https://bad.example.org/",
        "free",
        "0",
        '["en"]',
        "S",
        "O",
        "",
        "",
        "",
        "https://bad.example.org/",
        "2026-11-24",
        "1",
        "boolean",
        coverage,
    ]
    result = import_rows([row])
    assert result.has_errors() or result.has_validation_errors()
    assert not PatentDatabase.objects.filter(slug="bad").exists()


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
