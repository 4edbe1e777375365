import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.authtoken.models import Token

from analytics.models import Report
from analytics.tests.factories import (
    LanguageFactory,
    PublisherFactory,
    ReportFactory,
    TechnologyFieldFactory,
    pdf_upload,
)
from inspire.testing import assert_constant_queries

REPORTS = "/api/v1/analytics/reports/"


def slugs(response) -> list[str]:
    return [row["slug"] for row in response.json()["results"]]


def as_user(api_client, user):
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return api_client


def test_api_lists_reports_with_publisher_fields_and_counts(api_client, catalogue):
    response = api_client.get(REPORTS)
    assert response.status_code == 200
    first = next(row for row in response.json()["results"] if row["slug"] == "vaccines-2023")
    assert first["publisher"] == {"slug": "wipo", "name": "WIPO", "acronym": ""}
    assert first["fields"] == ["vaccines"]
    assert first["previous_edition"] == "vaccines-2022"
    assert first["download_count"] == 1
    assert first["download_url"].endswith("/analytics/reports/vaccines-2023/download/")


def test_api_accepts_the_same_filters_as_the_catalogue(api_client, catalogue):
    assert sorted(slugs(api_client.get(REPORTS, {"field": "health"}))) == ["vaccines-2022", "vaccines-2023"]
    assert slugs(api_client.get(REPORTS, {"series": "witt"})) == ["trends-ai"]
    assert slugs(api_client.get(REPORTS, {"publisher": "epo"})) == ["smart-objects"]
    assert slugs(api_client.get(REPORTS, {"language": "fr"})) == ["vaccines-2022"]
    assert slugs(api_client.get(REPORTS, {"region": "europe"})) == ["smart-objects"]
    assert slugs(api_client.get(REPORTS, {"year_min": 2022, "year_max": 2022})) == ["vaccines-2022"]
    assert slugs(api_client.get(REPORTS, {"sort": "downloads"}))[0] == "trends-ai"


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"series": "magazine"}, "series"),
        ({"publisher": "nobody"}, "publisher"),
        ({"field": "nowhere"}, "field"),
        ({"language": "xx"}, "language"),
        ({"year_min": "soon"}, "year_min"),
        ({"sort": "random"}, "sort"),
        ({"year_min": 2024, "year_max": 2020}, "year_max"),
    ],
)
def test_bad_filter_values_give_400_json(api_client, catalogue, params, field):
    response = api_client.get(REPORTS, params)
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid"
    assert field in body["errors"]


def test_report_list_api_query_count_does_not_grow(api_client, db):
    english = LanguageFactory()

    def add_rows():
        for _ in range(3):
            ReportFactory(fields=[TechnologyFieldFactory()], languages=[english], previous_edition=ReportFactory())

    assert_constant_queries(api_client, REPORTS, add_rows)


def test_publisher_and_field_api_query_counts_do_not_grow(api_client, db):
    def add_rows():
        parent = TechnologyFieldFactory()
        ReportFactory(fields=[TechnologyFieldFactory(parent=parent)])

    assert_constant_queries(api_client, "/api/v1/analytics/publishers/", add_rows)
    assert_constant_queries(api_client, "/api/v1/analytics/fields/", add_rows)


def test_publishers_and_fields_show_their_report_counts(api_client, catalogue):
    publishers = {
        row["slug"]: row["report_count"] for row in api_client.get("/api/v1/analytics/publishers/").json()["results"]
    }
    assert publishers == {"epo": 1, "wipo": 3}
    fields = {row["slug"]: row for row in api_client.get("/api/v1/analytics/fields/").json()["results"]}
    assert fields["vaccines"]["parent"] == "health"
    assert fields["vaccines"]["report_count"] == 2


def new_report_payload(**overrides) -> dict:
    publisher = PublisherFactory(slug="office")
    field = TechnologyFieldFactory(slug="batteries")
    LanguageFactory(code="en")
    return {
        "title": "Batteries landscape",
        "publisher": publisher.slug,
        "publication_year": 2024,
        "fields": [field.slug],
        "languages": ["en"],
        "landing_url": "https://example.org/batteries",
        "source_url": "https://example.org/batteries",
        "reviewed_on": "2026-11-24",
        **overrides,
    }


def test_curators_create_reports_through_the_api(api_client, curator):
    response = as_user(api_client, curator).post(REPORTS, new_report_payload(), format="json")
    assert response.status_code == 201, response.json()
    assert response.json()["slug"] == "batteries-landscape"
    assert response.json()["fields"] == ["batteries"]
    assert Report.objects.get().publisher.slug == "office"


def test_readers_cannot_write_reports(api_client, user, db):
    assert api_client.post(REPORTS, {}, format="json").status_code == 401
    assert as_user(api_client, user).post(REPORTS, new_report_payload(), format="json").status_code == 403


def test_invalid_report_input_gives_400_json(api_client, curator):
    payload = new_report_payload(publisher="nobody", publication_year=1200, landing_url="not a url")
    response = as_user(api_client, curator).post(REPORTS, payload, format="json")
    assert response.status_code == 400
    assert {"publisher", "publication_year", "landing_url"} <= set(response.json()["errors"])


def test_curators_update_reports_and_pdfs_are_checked(api_client, curator, catalogue):
    client = as_user(api_client, curator)
    response = client.patch(f"{REPORTS}trends-ai/", {"publication_year": 2020}, format="json")
    assert response.status_code == 200
    assert response.json()["publication_year"] == 2020
    fake = SimpleUploadedFile("report.pdf", b"<html>not a pdf</html>", content_type="application/pdf")
    response = client.patch(f"{REPORTS}trends-ai/", {"pdf": fake}, format="multipart")
    assert response.status_code == 400
    assert "not a PDF" in response.json()["errors"]["pdf"][0]


def test_curators_attach_a_pdf_through_the_api(api_client, curator, catalogue):
    response = as_user(api_client, curator).patch(f"{REPORTS}trends-ai/", {"pdf": pdf_upload()}, format="multipart")
    assert response.status_code == 200
    assert response.json()["has_pdf"] is True
    assert Report.objects.get(slug="trends-ai").pdf.name.endswith(".pdf")
