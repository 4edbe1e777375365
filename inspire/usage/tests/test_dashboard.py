import csv
import datetime
import io
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils import timezone

from inspire.testing import assert_constant_queries
from inspire.usage.models import Event
from inspire.usage.services import events_flush, rollups_rebuild, rollups_update
from inspire.usage.tests.factories import EventFactory

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("usage:dashboard")
RANGE = {"start": "2022-01-01", "end": "2026-11-20"}


class TableRows(HTMLParser):
    """The text of every cell of one <table id=...>, row by row."""

    def __init__(self, table_id: str):
        super().__init__()
        self.table_id, self.inside, self.rows, self.cell = table_id, False, [], None

    def handle_starttag(self, tag, attrs):
        if tag == "table" and dict(attrs).get("id") == self.table_id:
            self.inside = True
        elif self.inside and tag == "tr":
            self.rows.append([])
        elif self.inside and tag in ("th", "td"):
            self.cell = ""

    def handle_endtag(self, tag):
        if tag == "table":
            self.inside = False
        elif self.inside and tag in ("th", "td"):
            self.rows[-1].append(self.cell.strip())
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


def html_table(html: str, table_id: str) -> list[list[str]]:
    parser = TableRows(table_id)
    parser.feed(html)
    return parser.rows


def seed_traffic():
    """Two years of visits: 2 users in 2025, 3 in 2026 (+50%), from three countries, with downloads."""
    EventFactory(occurred_at=datetime.datetime(2025, 3, 1, tzinfo=datetime.UTC), country="KE", visitor_key="k" * 32)
    EventFactory(occurred_at=datetime.datetime(2025, 3, 2, tzinfo=datetime.UTC), country="KE", visitor_key="l" * 32)
    for key, country in (("a", "FR"), ("b", "FR"), ("c", "BR")):
        EventFactory(
            occurred_at=datetime.datetime(2026, 11, 20, tzinfo=datetime.UTC), country=country, visitor_key=key * 32
        )
    EventFactory.create_batch(
        2,
        occurred_at=datetime.datetime(2026, 11, 20, tzinfo=datetime.UTC),
        kind=Event.Kind.DOWNLOAD,
        section="analytics",
        object_key="analytics.report:3",
        object_label="Patent Landscape Report on Example Technology",
        visitor_key="a" * 32,
    )
    rollups_rebuild(first_day=datetime.date(2025, 1, 1), last_day=datetime.date(2026, 11, 20))


def test_visitors_are_sent_to_sign_in(client):
    response = client.get(DASHBOARD)
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_only_staff_find_the_dashboard_in_the_header(client, curator, staff_user):
    client.force_login(curator)
    assert DASHBOARD not in client.get(reverse("home")).content.decode()
    client.force_login(staff_user)
    assert f'href="{DASHBOARD}"' in client.get(reverse("home")).content.decode()


def test_signed_in_non_staff_are_refused(client, curator):
    client.force_login(curator)
    assert client.get(DASHBOARD).status_code == 403
    assert client.get(reverse("usage:table-csv", args=["years"]), RANGE).status_code == 403


def test_staff_see_users_per_year_with_change_countries_sections_and_downloads(client, staff_user):
    seed_traffic()
    client.force_login(staff_user)

    response = client.get(DASHBOARD, RANGE)

    html = response.content.decode()
    assert response.status_code == 200
    assert html_table(html, "years-table")[1:] == [["2025", "2", "n/a", "2"], ["2026", "3", "+50.0%", "3"]]
    assert html_table(html, "countries-table")[1:4] == [["France", "2", "2"], ["Kenya", "2", "2"], ["Brazil", "1", "1"]]
    assert ["Patent databases", "5", "5", "0"] in html_table(html, "sections-table")
    assert html_table(html, "downloads-table")[1:] == [
        ["Patent Landscape Report on Example Technology", "Patent analytics", "2"]
    ]
    assert 'role="img"' in html and "vendor/chartjs/chart.umd.min.js" in html
    assert 'id="countries-data"' in html


@pytest.mark.parametrize("slug", ["years", "months", "countries", "sections", "downloads", "referrers"])
def test_csv_export_has_exactly_the_rows_of_the_table(client, staff_user, slug):
    seed_traffic()
    client.force_login(staff_user)

    page = client.get(DASHBOARD, RANGE).content.decode()
    response = client.get(reverse("usage:table-csv", args=[slug]), RANGE)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    exported = list(csv.reader(io.StringIO(response.content.decode())))
    shown = html_table(page, f"{slug}-table")
    assert exported == (shown or exported[:1])


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"start": "2026-11-20", "end": "2026-01-01"}, "start date must be on or before"),
        ({"start": "2026-01-01", "end": "2999-01-01"}, "cannot be in the future"),
        ({"start": "1990-01-01", "end": "2026-01-01"}, "ten years or less"),
        ({"start": "yesterday", "end": "2026-01-01"}, "Enter a valid date"),
    ],
)
def test_invalid_date_ranges_are_explained_not_crashed(client, staff_user, query, message):
    client.force_login(staff_user)

    page = client.get(DASHBOARD, query)
    export = client.get(reverse("usage:table-csv", args=["years"]), query)

    assert page.status_code == 400
    assert message in page.content.decode()
    assert export.status_code == 400
    assert message in export.content.decode()


def test_unknown_csv_table_is_not_found(client, staff_user):
    client.force_login(staff_user)
    assert client.get(reverse("usage:table-csv", args=["passwords"]), RANGE).status_code == 404


def test_synthetic_traffic_is_flagged_on_the_dashboard(client, staff_user):
    EventFactory(is_synthetic=True)
    client.force_login(staff_user)
    assert "synthetic demo traffic" in client.get(DASHBOARD, RANGE).content.decode()


def test_dashboard_queries_do_not_grow_with_traffic(client, staff_user):
    client.force_login(staff_user)
    day = iter(range(1, 29))

    def add_rows():
        moment = datetime.datetime(2026, 10, next(day), tzinfo=datetime.UTC)
        for n in range(5):
            EventFactory(occurred_at=moment, country=["FR", "KE", "BR", "IN", "JP"][n], object_key=f"/databases/{n}/")
            EventFactory(occurred_at=moment, kind=Event.Kind.DOWNLOAD, section="analytics", object_key=f"a.r:{n}")
        rollups_rebuild(first_day=moment.date(), last_day=moment.date())

    assert_constant_queries(client, f"{DASHBOARD}?start=2026-01-01&end=2026-11-20", add_rows)


def test_staff_browse_events_and_rollups_in_the_admin_but_cannot_edit_them(client, staff_user):
    seed_traffic()
    client.force_login(staff_user)
    for model in ("event", "dailyrollup", "monthlyrollup", "yearlyrollup"):
        assert client.get(f"/admin/usage/{model}/").status_code == 200
        assert client.get(f"/admin/usage/{model}/add/").status_code == 403


def test_csv_export_neutralises_a_formula_in_a_referrer(client, staff_user, browser_headers):
    client.get("/", HTTP_REFERER="http://=cmd|' -c calc'!a0/", **browser_headers)
    events_flush()
    rollups_update()
    client.force_login(staff_user)
    today = timezone.now().date().isoformat()

    response = client.get(reverse("usage:table-csv", args=["referrers"]), {"start": today, "end": today})

    cells = [cell for row in csv.reader(io.StringIO(response.content.decode())) for cell in row]
    assert "'=cmd|' -c calc'!a0" in cells
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
