import datetime
import time
from decimal import Decimal

import pytest

from inspire.testing import assert_constant_queries
from tisc.choices import RequestKind
from tisc.models import Institution, ServiceRequest, TrainingEvent
from tisc.periods import add_months
from tisc.services.rollups import rollups_rebuild
from tisc.tests.factories import InstitutionFactory, NetworkFactory, make_project

pytestmark = pytest.mark.django_db

START = datetime.date(2024, 1, 1)
MONTHS = 36
KINDS = list(RequestKind.values)


def fill(institutions: list[Institution], *, per_month: int = 4) -> None:
    """Three years of records for each institution, written in bulk, then rolled up like the monthly task."""
    requests, trainings = [], []
    for n, institution in enumerate(institutions):
        for offset in range(MONTHS):
            month = add_months(START, offset)
            for k in range(per_month):
                requests.append(
                    ServiceRequest(
                        institution=institution,
                        received_on=month.replace(day=1 + k),
                        kind=KINDS[(n + k) % len(KINDS)],
                        requester_category=["sme", "student", "researcher"][k % 3],
                        requester_gender=["woman", "man"][k % 2],
                        hours=Decimal("1.5"),
                    )
                )
            trainings.append(TrainingEvent(institution=institution, held_on=month, title="T", women=3, men=2))
    ServiceRequest.objects.bulk_create(requests, batch_size=2000)
    TrainingEvent.objects.bulk_create(trainings, batch_size=2000)
    rollups_rebuild(institution_ids=[i.pk for i in institutions], start=START, end=add_months(START, MONTHS))


@pytest.fixture
def big_network(db):
    network = NetworkFactory(slug="big", name="Big network", dashboard_public=True)
    make_project(network, start_year=2026, end_year=2026)
    institutions = [InstitutionFactory(network=network, slug=f"big-{n:02d}", name=f"Big {n:02d}") for n in range(50)]
    fill(institutions)
    return network


def test_the_network_dashboard_of_50_institutions_over_3_years_keeps_constant_queries(client, big_network):
    counter = iter(range(100))

    def add_rows():
        extra = [InstitutionFactory(network=big_network, slug=f"extra-{next(counter)}") for _ in range(5)]
        fill(extra)

    url = "/tisc/networks/big/dashboard/?year=2026"
    queries = assert_constant_queries(client, url, add_rows)
    assert queries <= 12, queries
    started = time.perf_counter()
    response = client.get(url)
    elapsed = time.perf_counter() - started
    assert response.status_code == 200
    assert elapsed < 2.0, f"{elapsed:.2f} s"
    api = assert_constant_queries(client, "/api/v1/tisc/networks/big/dashboard/?year=2026", add_rows)
    assert api <= 10, api


def test_dashboard_figures_add_up_and_the_api_gives_the_same_numbers(client, big_network):
    response = client.get("/tisc/networks/big/dashboard/?year=2026")
    board = response.context["dashboard"]
    totals = dict(board.totals)
    assert totals["Service requests handled"] == 50 * 12 * 4
    assert totals["Trainings held"] == 50 * 12 and totals["Training participants"] == 50 * 12 * 5
    api = client.get("/api/v1/tisc/networks/big/dashboard/?year=2026").json()
    assert api["figures"]["totals"] == board.figures["totals"]
    assert [row["year"] for row in api["trend"]] == [2024, 2025, 2026]
    assert len(api["figures"]["institutions"]) == 50
    indicators = {row["name"]: row for row in api["figures"]["indicators"]}
    assert indicators["Requests"]["target"] == 100 and indicators["Requests"]["year_to_date"] == 2400
    assert indicators["Women trained"]["actual"] == 50 * 12 * 3


def test_every_chart_has_a_table_of_its_numbers_and_a_label(client, big_network):
    html = client.get("/tisc/networks/big/dashboard/?year=2026").content.decode()
    charts = html.count("<canvas")
    assert charts >= 5
    assert html.count('role="img"') == charts and html.count("The same figures are in the table below.") == charts
    assert html.count('<div class="table-wrap">') >= charts
    assert "/static/vendor/chartjs/chart.umd.min.js" in html and "cdn" not in html.lower()


def test_a_bad_year_is_a_400_on_the_page_and_in_the_api(client, big_network):
    assert client.get("/tisc/networks/big/dashboard/?year=nineteen").status_code == 400
    api = client.get("/api/v1/tisc/networks/big/dashboard/?year=1900")
    assert api.status_code == 400 and "year" in api.json()["errors"]


def test_the_institution_dashboard_compares_with_the_networks_targets(client, cast, records, project_a):
    client.force_login(cast["staff_a1"])
    response = client.get("/tisc/workspace/institutions/a-one/dashboard/?year=2026")
    html = response.content.decode()
    assert "Contribution to the network&#x27;s targets" in html and "Share of network target" in html
    totals = dict(response.context["dashboard"].totals)
    assert totals["Service requests handled"] == 3


def test_the_all_networks_dashboard_has_a_row_per_network(client, cast, records):
    client.force_login(cast["programme"])
    response = client.get("/tisc/workspace/all-networks/?year=2026")
    rows = {row["name"]: row["requests"] for row in response.context["dashboard"].figures["networks"]}
    assert rows == {"Network A": 5, "Network B": 1}
