"""Issue 25, item 7: every list page that comes up empty says what to try next: a hint, and a
link to somewhere that has something."""

import re

import pytest
from django.urls import reverse

NOTHING = "zzqxnothingmatches"

# (url name, query, words of the hint, where the link goes)
LISTS = [
    ("search", {"q": NOTHING}, "use fewer words", "databases:index"),
    ("databases:index", {"q": NOTHING}, "Remove a filter", "databases:index"),
    ("registers:index", {"q": NOTHING}, "Remove a filter", "registers:index"),
    ("analytics:index", {"q": NOTHING}, "Remove a filter", "analytics:index"),
    ("analytics:publisher_list", {}, "browse the reports", "analytics:index"),
    ("policies:index", {"q": NOTHING}, "Remove a filter", "policies:index"),
    ("etisc:topics", {"q": NOTHING}, "Try other or fewer words", "etisc:index"),
    ("etisc:sessions", {"q": NOTHING}, "Try other or fewer words", "etisc:sessions"),
    ("etisc:events", {}, "announced in the news", "etisc:news"),
    ("etisc:news", {}, "see the upcoming events", "etisc:events"),
    ("tisc:index", {"q": NOTHING}, "Remove a filter", "tisc:index"),
    ("tisc:institutions", {"q": NOTHING}, "Remove a filter", "tisc:institutions"),
    ("programmes:index", {}, "free patent databases", "databases:index"),
    ("learning:index", {"q": NOTHING}, "Remove a filter", "learning:index"),
    ("learning:paths", {}, "browse the learning resources", "learning:index"),
]

_EMPTY_STATE = re.compile(r'<div class="empty-state" role="status">(.*?)</div>', re.S)


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "params", "hint", "link"), LISTS, ids=[row[0] for row in LISTS])
def test_an_empty_list_says_what_to_try_next(client, name, params, hint, link):
    response = client.get(reverse(name), params)
    assert response.status_code == 200
    states = _EMPTY_STATE.findall(response.content.decode())
    assert states, "no empty state on the page"
    state = next((s for s in states if hint in s), None)
    assert state is not None, f"hint {hint!r} missing from {states}"
    assert f'href="{reverse(link)}"' in state
