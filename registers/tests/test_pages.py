"""Jurisdiction files as readers of each language see them."""

import pytest

from registers.models import Jurisdiction


@pytest.mark.django_db
def test_a_countrys_file_is_named_in_the_readers_language(client):
    Jurisdiction.objects.create(code="DE", name="Germany", kind=Jurisdiction.Kind.COUNTRY)
    assert "<h1>Germany " in client.get("/registers/DE/").content.decode()
    assert "<h1>Allemagne " in client.get("/fr/registers/DE/").content.decode()
    assert "<h1>Alemania " in client.get("/es/registers/DE/").content.decode()
