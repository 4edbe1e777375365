import pytest
from django.contrib.contenttypes.models import ContentType

from inspire.accounts.models import User
from inspire.search.models import SearchDocument
from inspire.search.selectors import documents_for, search
from inspire.search.services import _vectors_update
from inspire.search.text import fold

# Members-only group 7 is readable by the user called "member" only (see member_groups below).
MEMBERS_ONLY_GROUP = 7


def member_groups(user) -> list[int]:
    return [MEMBERS_ONLY_GROUP] if user.username == "member" else []


@pytest.fixture(autouse=True)
def _membership_resolver(settings):
    settings.SEARCH_MEMBER_GROUP_IDS = "inspire.search.tests.conftest.member_groups"


@pytest.fixture
def make_document(db):
    counter = iter(range(1, 10_000))

    def make(
        kind: str,
        title: str,
        body: str = "",
        restricted_to_group: int | None = None,
        language: str = "en",
        object_id: str | None = None,
    ) -> SearchDocument:
        document = SearchDocument.objects.create(
            content_type=ContentType.objects.get_for_model(User),
            object_id=object_id or str(next(counter)),
            language=language,
            kind=kind,
            title=title,
            body=body,
            url=f"/{kind}/{title.lower().replace(' ', '-')}/",
            plain_text=fold(f"{title} {body}"),
            restricted_to_group=restricted_to_group,
        )
        _vectors_update(SearchDocument.objects.filter(pk=document.pk))
        return document

    return make


def documents_matching(*, query: str, user) -> list[SearchDocument]:
    """Every document a search ranks, best first: what the tests check ranking against."""
    return documents_for(search(query=query, user=user).hits)
