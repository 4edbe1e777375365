import pytest
from django.core.management import call_command

from inspire.testing import assert_constant_queries


@pytest.mark.django_db
def test_home_shows_key_figures_latest_reports_events_and_discussions(client):
    call_command("load_content", verbosity=0)
    html = client.get("/").content.decode()
    assert "patent databases reviewed" in html
    assert "jurisdictions with register information" in html
    assert "Latest reports" in html and "/analytics/reports/" in html
    assert "Upcoming events" in html
    assert "Recent discussions" in html


@pytest.mark.django_db
def test_home_lists_only_public_discussions(client, user):
    from etisc.models import Group
    from etisc.tests.factories import GroupFactory, TopicFactory

    TopicFactory(group=GroupFactory(), author=user, title="Open question on utility models")
    TopicFactory(group=GroupFactory(visibility=Group.Visibility.MEMBERS), author=user, title="Private board minutes")
    html = client.get("/").content.decode()
    assert "Open question on utility models" in html
    assert "Private board minutes" not in html


@pytest.mark.django_db
def test_home_query_count_does_not_grow_with_content(client, user):
    from etisc.tests.factories import EventFactory, TopicFactory

    def add_rows():
        for _ in range(3):
            TopicFactory(author=user)
            EventFactory()

    assert_constant_queries(client, "/", add_rows)
