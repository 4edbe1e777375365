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
