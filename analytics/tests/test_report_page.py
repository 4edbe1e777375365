import pytest
from django.urls import reverse

from analytics import selectors
from analytics.models import Report
from analytics.services import report_update
from analytics.tests.factories import ReportFactory, TechnologyFieldFactory


def detail(client, slug: str):
    return client.get(reverse("analytics:report_detail", args=[slug]))


def test_report_page_shows_summary_metadata_and_download_count(client, catalogue):
    response = detail(client, "vaccines-2022")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Vaccines landscape" in html
    assert "A summary written by a curator." in html
    assert "5</strong>" in html
    assert reverse("analytics:report_download", args=["vaccines-2022"]) in html


def test_report_page_shows_its_source_and_review_date(client, catalogue):
    html = detail(client, "vaccines-2022").content.decode()
    assert 'href="https://example.org/source"' in html
    assert '<time datetime="2026-11-24">' in html


def test_missing_classes_and_languages_read_as_not_recorded(client, catalogue):
    report = catalogue["reports"]["europe"]
    report.languages.clear()
    html = detail(client, report.slug).content.decode()
    assert html.count('<span class="muted">not recorded</span>') == 2


def test_each_edition_lists_every_edition_of_the_work(client, catalogue):
    for slug in ["vaccines-2022", "vaccines-2023"]:
        editions = detail(client, slug).context["editions"]
        assert [edition.slug for edition in editions] == ["vaccines-2022", "vaccines-2023"]


def test_a_report_with_one_edition_shows_no_edition_list(client, catalogue):
    assert detail(client, "trends-ai").context["editions"] == []


def test_related_reports_share_a_field_and_exclude_other_editions(client, catalogue):
    related = detail(client, "trends-ai").context["related"]
    assert [report.slug for report in related] == ["smart-objects"]
    assert detail(client, "vaccines-2023").context["related"] == []


def test_a_report_cannot_follow_a_later_edition_of_itself(catalogue):
    first, second = catalogue["reports"]["first"], catalogue["reports"]["second"]
    with pytest.raises(Exception, match=r"loop|higher edition"):
        report_update(report=first, changes={"previous_edition": second, "edition": 3})


def test_summary_markdown_is_rendered_without_scripts(client, catalogue):
    report = catalogue["reports"]["trends"]
    report_update(report=report, changes={"summary": "**Bold** <script>alert(1)</script>"})
    html = detail(client, "trends-ai").content.decode()
    assert "<strong>Bold</strong>" in html
    assert "<script>alert(1)" not in html


def test_unpublished_and_unknown_reports_are_not_found(client, catalogue):
    ReportFactory(slug="draft", is_published=False)
    assert detail(client, "draft").status_code == 404
    assert detail(client, "nope").status_code == 404


def test_home_page_selectors_give_newest_reports_and_count(catalogue):
    ReportFactory(is_published=False, publication_year=2030)
    assert [report.slug for report in selectors.reports_latest(limit=2)] == ["vaccines-2023", "vaccines-2022"]
    assert selectors.report_count() == Report.objects.published().count() == 4


@pytest.mark.django_db
def test_a_report_without_a_cover_image_gets_a_typographic_cover_coloured_by_its_field(client):
    materials = TechnologyFieldFactory(slug="materials")
    first = ReportFactory(slug="graphite", title="Graphite and its applications", fields=[materials])
    html = detail(client, "graphite").content.decode()
    assert f'<div class="typo-cover cover-tone-{first.cover_tone}" aria-hidden="true">' in html
    assert '<span class="typo-cover-title">Graphite and its applications</span>' in html
    assert "<img" not in html.split('class="report-aside"')[1].split("</aside>")[0]
    # Reports of the same field share a colour.
    assert ReportFactory(fields=[materials]).cover_tone == first.cover_tone


@pytest.mark.django_db
def test_a_report_without_a_publisher_page_says_so_and_where_to_ask(client):
    report = ReportFactory(landing_url="", publisher__website_url="https://publisher.example.org/")
    html = detail(client, report.slug).content.decode()
    assert "We have not found the publisher's own page for this report" in html
    assert reverse("analytics:report_download", args=[report.slug]) not in html
    assert f'ask <a href="https://publisher.example.org/" rel="noopener">{report.publisher.name}</a>' in html
    assert f'<a href="{reverse("etisc:topics")}">eTISC forum</a>' in html


@pytest.mark.django_db
def test_the_catalogue_can_keep_only_reports_with_a_link_to_the_full_text(client, api_client):
    linked = ReportFactory(title="Linked report")
    unlinked = ReportFactory(title="Unlinked report", landing_url="")
    page = client.get(reverse("analytics:index"))
    assert "No link to the full text yet" in page.content.decode()
    only_linked = client.get(reverse("analytics:index"), {"obtainable": "true"})
    assert [report.slug for report in only_linked.context["reports"]] == [linked.slug]
    assert 'name="obtainable" value="true" checked' in only_linked.content.decode()
    api = api_client.get("/api/v1/analytics/reports/", {"obtainable": "false"}).json()
    assert [item["slug"] for item in api["results"]] == [unlinked.slug]
    assert api_client.get("/api/v1/analytics/reports/", {"obtainable": "maybe"}).status_code == 400
