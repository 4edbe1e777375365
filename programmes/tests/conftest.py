import pytest
from django.core.management import call_command


@pytest.fixture
def loaded(db):
    """The real content files, with the database reports the ASPI products link to."""
    call_command("load_content", "--only", "databases", "programmes", "learning", verbosity=0)
