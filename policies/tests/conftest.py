import pytest

from policies import content


@pytest.fixture
def curated(db):
    """The real curated content: institutions, policies, the whole checklist and template."""
    content.load()
