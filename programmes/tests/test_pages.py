import json
import re

import pytest
from django.urls import reverse

from inspire.testing import assert_constant_queries
from programmes.models import Statistic
from programmes.tests.factories import (
    EligibilityListFactory,
    ProductFactory,
    ProgrammeFactory,
    ProviderFactory,
    StatisticFactory,
)

pytestmark = pytest.mark.django_db


def test_the_aspi_page_says_what_it_gives_who_is_eligible_and_how_to_register(client, loaded):
    page = client.get(reverse("programmes:detail", kwargs={"slug": "aspi"})).content.decode()
    for heading in ("What it gives", "Who is eligible", "Providers and products", "How to register", "Sources"):
        assert f">{heading}</h2>" in page
    assert "nine leading providers" in page
    assert "All 48 countries" in page and "9 of 45: the rest could not be read" in page
    assert "None: the list could not be read" in page


def test_each_aspi_product_links_to_its_database_report(client, loaded):
    page = client.get(reverse("programmes:detail", kwargs={"slug": "aspi"})).content.decode()
    for slug in ("derwent-innovation", "orbit-intelligence", "patbase", "totalpatent-one", "wips-global"):
        assert f'href="/databases/{slug}/"' in page
    assert page.count("database report)</span>") == 5


def test_a_product_without_a_database_report_is_named_without_a_link(client):
    product = ProductFactory(name="Journal bundle")
    page = client.get(product.provider.programme.get_absolute_url()).content.decode()
    assert "Journal bundle" in page and "database report)</span>" not in page


def test_figures_are_drawn_as_a_chart_with_a_table_of_the_same_numbers(client):
    programme = ProgrammeFactory(slug="demo")
    StatisticFactory(programme=programme, year=2022, metric=Statistic.Metric.REGISTERED, value=120)
    StatisticFactory(programme=programme, year=2023, metric=Statistic.Metric.ACTIVE, value=80, qualifier="more_than")
    StatisticFactory(programme=programme, year=2023, metric=Statistic.Metric.LOGINS, value=5000)
    response = client.get(programme.get_absolute_url())
    page = response.content.decode()
    canvases = re.findall(r"<canvas [^>]*>", page)
    assert len(canvases) == 2
    assert all('role="img"' in canvas and "aria-label=" in canvas for canvas in canvases)
    data = json.loads(re.search(r'<script id="demo-institutions-data" type="application/json">(.*?)</script>', page)[1])
    assert data["labels"] == ["2022", "2023"]
    assert [dataset["values"] for dataset in data["datasets"]] == [[120, None], [None, 80]]
    assert "<td>120" in page and "more than 80" in page and "<td>5000" in page
    assert "vendor/chartjs/chart.umd.min.js" in page


def test_a_programme_without_figures_says_so_instead_of_drawing_an_empty_chart(client):
    page = client.get(ProgrammeFactory().get_absolute_url()).content.decode()
    assert "No sourced figure yet." in page and "<canvas" not in page and "chart.umd" not in page


def test_an_unknown_programme_is_404(client, db):
    assert client.get(reverse("programmes:detail", kwargs={"slug": "nope"})).status_code == 404


def test_the_overview_lists_programmes_and_the_checker(client, loaded):
    page = client.get(reverse("programmes:index")).content.decode()
    assert 'href="/programmes/aspi/"' in page and 'href="/programmes/ardi/"' in page
    assert 'action="/programmes/eligibility/"' in page


def test_the_overview_query_count_does_not_grow_with_programmes(client):
    def add_rows():
        programme = ProgrammeFactory()
        ProviderFactory(programme=programme)
        EligibilityListFactory(programme=programme)

    assert_constant_queries(client, reverse("programmes:index"), add_rows)


def test_the_programme_page_query_count_does_not_grow_with_providers_lists_and_figures(client):
    programme = ProgrammeFactory(slug="steady")

    def add_rows():
        ProductFactory(provider=ProviderFactory(programme=programme))
        EligibilityListFactory(programme=programme)
        StatisticFactory(programme=programme)

    assert_constant_queries(client, programme.get_absolute_url(), add_rows)
