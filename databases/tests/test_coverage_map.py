import pytest

pytestmark = pytest.mark.django_db


def test_coverage_map_colours_held_not_held_and_not_recorded_apart(client, known_databases):
    response = client.get("/databases/gamma/map/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="coverage-full"' in html  # US grants in full text
    assert "<title>China: recorded as not held</title>" in html
    assert "<title>Brazil: not recorded</title>" in html
    legend = {state: count for state, _label, count in response.context["legend"]}
    assert legend["full"] == 1
    assert legend["no"] == 1
    assert legend["unknown"] > 150


def test_regional_offices_that_are_not_on_the_map_are_listed_beside_it(client, known_databases):
    html = client.get("/databases/beta/map/").content.decode()
    assert "European Patent Office (EPO) (full text held)" in html


def test_report_links_its_coverage_map_and_sorts_its_table(client, known_databases):
    html = client.get("/databases/alpha/").content.decode()
    assert 'href="/databases/alpha/map/"' in html
    assert "data-sortable" in html
    assert "js/sortable-table.js" in html


def test_unknown_database_map_is_404(client, db):
    assert client.get("/databases/nope/map/").status_code == 404
