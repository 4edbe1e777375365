"""Issue 25, item 7: every landmark region of /search/ has a label of its own, so a screen reader's
list of landmarks tells them apart."""

from collections import Counter
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from inspire.search import views
from inspire.search.providers import kind_labels

ROLES = {"nav": "navigation", "aside": "complementary", "section": "region", "main": "main"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _Landmarks(HTMLParser):
    def __init__(self):
        super().__init__()
        self.open: list[tuple[str, str | None]] = []  # (tag, id)
        self.text: dict[str, str] = {}
        self.found: list[tuple[str, str | None, str | None]] = []  # (role, aria-label, aria-labelledby)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        role = attrs.get("role") or ROLES.get(tag)
        if role in {*ROLES.values(), "search"}:
            self.found.append((role, attrs.get("aria-label"), attrs.get("aria-labelledby")))
        if tag not in VOID:
            self.open.append((tag, attrs.get("id")))
            if attrs.get("id"):
                self.text[attrs["id"]] = ""

    def handle_endtag(self, tag):
        while self.open:
            if self.open.pop()[0] == tag:
                break

    def handle_data(self, data):
        for _, element_id in self.open:
            if element_id:
                self.text[element_id] += data

    def labelled(self) -> list[tuple[str, str]]:
        out = []
        for role, label, labelledby in self.found:
            if labelledby:
                label = " ".join(self.text.get(i, "") for i in labelledby.split())
            out.append((role, " ".join((label or "").split())))
        return out


def landmarks(html: str) -> list[tuple[str, str]]:
    parser = _Landmarks()
    parser.feed(html)
    return parser.labelled()


def assert_each_landmark_has_its_own_label(html: str) -> None:
    found = landmarks(html)
    unlabelled = [role for role, label in found if not label and role != "main"]
    assert not unlabelled, f"landmarks without a label: {unlabelled}"
    repeated = [pair for pair, count in Counter(found).items() if count > 1]
    assert not repeated, f"landmarks sharing a label: {repeated}"


@pytest.fixture
def documents(make_document):
    for number in range(3):
        make_document("database", f"Licensing database {number}", "licensing")
        make_document("report", f"Licensing report {number}", "licensing")
    make_document("jurisdiction", "Kenya (KE)", "Kenya Industrial Property Institute")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": "licensing"},
        {"q": "licensing", "kind": "report"},
        {"q": "legal status kenya"},
        {"q": "zanzibar"},
        {"q": "x" * 300},
    ],
    ids=["no-query", "everything", "one-kind-paged", "any-word", "nothing", "too-long"],
)
def test_every_landmark_on_the_search_page_has_a_unique_label(client, documents, monkeypatch, params):
    monkeypatch.setattr(views, "RESULTS_PER_PAGE", 2)  # so the kind page has its pagination nav
    response = client.get(reverse("search"), params)
    assert response.status_code == 200
    html = response.content.decode()
    assert_each_landmark_has_its_own_label(html)
    if params.get("kind"):
        assert ("navigation", "Pages") in landmarks(html)


@pytest.mark.django_db
def test_grouped_results_are_regions_named_by_their_kind(client, documents):
    found = landmarks(client.get(reverse("search"), {"q": "licensing"}).content.decode())
    assert ("navigation", "Kinds of results") in found
    assert ("search", "Site search") in found
    assert ("search", "Search the hub") in found
    labels = kind_labels()
    regions = sorted(label for role, label in found if role == "region")
    assert regions == sorted(f"{labels[kind]} (3)" for kind in ("database", "report"))


def test_the_check_itself_catches_a_repeated_or_missing_label():
    with pytest.raises(AssertionError, match="sharing"):
        assert_each_landmark_has_its_own_label('<nav aria-label="A"></nav><nav aria-label="A"></nav>')
    with pytest.raises(AssertionError, match="without"):
        assert_each_landmark_has_its_own_label("<aside><p>x</p></aside>")
