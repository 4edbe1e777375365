import pytest
from django.core.management import call_command

from inspire.search.models import SearchDocument
from inspire.search.selectors import grouped_results, search
from inspire.search.tests.conftest import documents_matching


@pytest.fixture
def curated_content(db):
    call_command("load_content", "--only", "registers", "databases", "analytics", verbosity=0)


def kinds_and_titles(query: str) -> set[tuple[str, str]]:
    return {(d.kind, d.title) for d in documents_matching(query=query, user=None)}


@pytest.mark.django_db
def test_curated_content_is_searchable_across_apps(curated_content):
    assert ("database", "Espacenet") in kinds_and_titles("espacenet")
    assert ("jurisdiction", "France (FR)") in kinds_and_titles("france")
    assert any(kind == "report" for kind, _ in kinds_and_titles("graphite"))


@pytest.mark.django_db
def test_everything_view_groups_results_by_kind(curated_content):
    kinds = [facet.kind for facet, _ in grouped_results(search(query="patent", user=None), per_group=5)]
    assert {"database", "jurisdiction"} <= set(kinds)
    for facet, documents in grouped_results(search(query="patent", user=None), per_group=5):
        assert 0 < len(documents) <= 5 <= facet.count or len(documents) == facet.count


@pytest.mark.django_db(transaction=True)
def test_index_follows_edits_and_unpublishing():
    from databases.models import PatentDatabase

    call_command("load_content", "--only", "databases", verbosity=0)
    database = PatentDatabase.objects.get(name="Espacenet")
    database.summary = "Now with a quokka-shaped search feature."
    database.save()
    assert ("database", "Espacenet") in kinds_and_titles("quokka")
    database.is_published = False
    database.save()
    assert ("database", "Espacenet") not in kinds_and_titles("espacenet")
    database.delete()
    assert not SearchDocument.objects.filter(kind="database", title="Espacenet").exists()


@pytest.mark.django_db(transaction=True)
def test_members_only_discussions_are_found_by_members_alone(settings, user, other_user):
    from etisc.models import Group
    from etisc.tests.factories import GroupFactory, MembershipFactory, TopicFactory

    settings.SEARCH_MEMBER_GROUP_IDS = "etisc.search_index.member_group_ids"
    private = GroupFactory(visibility=Group.Visibility.MEMBERS)
    MembershipFactory(group=private, user=user)
    TopicFactory(group=private, author=user, title="Confidential licensing terms")
    TopicFactory(group=GroupFactory(), author=user, title="Open licensing terms")

    def found(viewer) -> set[str]:
        return {d.title for d in documents_matching(query="licensing", user=viewer) if d.kind == "topic"}

    assert found(None) == {"Open licensing terms"}
    assert found(other_user) == {"Open licensing terms"}
    assert found(user) == {"Open licensing terms", "Confidential licensing terms"}

    private.visibility = Group.Visibility.PUBLIC
    private.save()
    assert found(None) == {"Open licensing terms", "Confidential licensing terms"}


@pytest.mark.django_db(transaction=True)
def test_hidden_topics_leave_the_index(user):
    from etisc.tests.factories import TopicFactory

    topic = TopicFactory(author=user, title="Renewal fee reminders")
    assert kinds_and_titles("renewal") >= {("topic", "Renewal fee reminders")}
    topic.hidden = True
    topic.save()
    assert kinds_and_titles("renewal") == set()


@pytest.mark.django_db
def test_policies_and_institutions_are_searchable(db):
    call_command("load_content", "--only", "policies", verbosity=0)
    found = documents_matching(query="spin", user=None)
    assert any(d.kind == "policy" for d in found)
    assert any(d.kind == "institution" for d in documents_matching(query="university", user=None))
