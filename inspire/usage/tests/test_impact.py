"""The public Impact page: the hub's use in figures, each chart with its table, for anyone."""

import datetime

import pytest

from etisc.models import Group
from etisc.tests.factories import GroupFactory, TopicFactory
from inspire.testing import assert_constant_queries
from inspire.usage.services import rollups_rebuild
from inspire.usage.tests.factories import EventFactory
from inspire.usage.tests.test_dashboard import html_table, seed_traffic

pytestmark = pytest.mark.django_db
IMPACT = "/impact/"


def test_anyone_sees_users_per_year_countries_sections_and_downloads(client):
    seed_traffic()
    html = client.get(IMPACT).content.decode()
    assert html_table(html, "years-table")[1:] == [["2025", "2", "n/a", "2"], ["2026", "3", "+50.0%", "3"]]
    assert html_table(html, "countries-table")[1] == ["France", "2", "2"]
    assert "Patent Landscape Report on Example Technology" in html
    assert 'data-chart="chart-data-years"' in html and 'data-chart="chart-data-downloads"' in html
    assert "a person who comes back on three days counts as three users" in html


def test_forum_activity_counts_only_what_anyone_may_read(client, user):
    public, private = GroupFactory(), GroupFactory(visibility=Group.Visibility.MEMBERS)
    TopicFactory(group=public, author=user)
    TopicFactory(group=private, author=user)
    rows = html_table(client.get(IMPACT).content.decode(), "forum-table")
    assert rows[1][1:] == ["1", "1"]


def test_before_any_use_the_page_says_when_figures_appear(client):
    page = client.get(IMPACT).content.decode()
    assert "No use has been recorded yet." in page


def test_the_impact_page_is_linked_from_every_page_and_its_queries_do_not_grow(client, user):
    assert 'href="/impact/"' in client.get("/").content.decode()
    years = iter([2023, 2024])

    def add_rows():
        year = next(years)
        EventFactory(occurred_at=datetime.datetime(year, 5, 1, tzinfo=datetime.UTC), country="JP")
        TopicFactory(group=GroupFactory(), author=user)
        rollups_rebuild(first_day=datetime.date(year, 1, 1), last_day=datetime.date(year, 12, 31))

    assert_constant_queries(client, IMPACT, add_rows)
