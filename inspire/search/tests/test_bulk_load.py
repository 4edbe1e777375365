import pytest
from django.core.management import call_command

from inspire.search import services
from inspire.search.selectors import search


@pytest.mark.django_db(transaction=True)
def test_loading_content_rebuilds_the_index_once_instead_of_syncing_every_row(monkeypatch):
    """A note saved re-syncs its jurisdiction; loading 475 notes did so 475 times (40 s of 50)."""
    synced = []
    monkeypatch.setattr(services, "document_sync", lambda **kwargs: synced.append(kwargs))
    call_command("load_content", "--only", "registers", verbosity=0)
    assert synced == []
    hits = search(query="Kenya", user=None).hits
    assert any(hit.kind == "jurisdiction" for hit in hits)


@pytest.mark.django_db(transaction=True)
def test_a_reload_re_indexes_only_the_kinds_it_changed_and_leaves_the_forum_alone(monkeypatch, tmp_path):
    from django.contrib.contenttypes.models import ContentType

    from etisc.tests.factories import TopicFactory
    from inspire.accounts.models import User
    from inspire.search.models import SearchDocument
    from policies.models import Policy

    call_command("load_content", "--only", "policies", "databases", verbosity=0)
    author = User.objects.create_user("forum-author", "author@example.org", "a long passphrase 2026")
    topic = TopicFactory(title="A forum question about graphite patents", author=author)
    forum_documents = SearchDocument.objects.filter(content_type=ContentType.objects.get_for_model(topic))
    assert forum_documents.exists()

    rebuilt = []
    real_rebuild = services.index_rebuild
    monkeypatch.setattr(
        "inspire.content.management.commands.load_content.index_rebuild",
        lambda kinds: rebuilt.append(set(kinds)) or real_rebuild(kinds),
    )
    call_command("load_content", "--only", "policies", "databases", verbosity=0)
    assert rebuilt == []  # nothing changed in the files or the tables: the index is kept

    Policy.objects.filter(pk=Policy.objects.order_by("pk").first().pk).delete()
    call_command("load_content", "--only", "policies", "databases", "--force", verbosity=0)
    # The policy is re-created from its file; the databases were untouched and the forum is not content.
    assert rebuilt == [{"policy"}]
    assert forum_documents.exists()
    assert any(hit.kind == "topic" for hit in search(query="graphite", user=None).hits)
