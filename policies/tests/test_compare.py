"""Policies side by side on their key terms: page, errors and API."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from policies.tests.factories import InstitutionFactory, PolicyFactory

PAGE = reverse("policies:compare")
API = "/api/v1/policies/policies/compare/"


@pytest.fixture
def two(db):
    first = PolicyFactory(
        institution=InstitutionFactory(slug="paris-test", name="Paris Test University"),
        key="ip",
        ownership="The university owns inventions",
        inventor_share="One third to the inventors",
        terms_source_url="https://paris.example.org/terms",
    )
    second = PolicyFactory(institution=InstitutionFactory(name="Nairobi Test University", country="KE"))
    return first, second


def _query(*refs) -> str:
    return "?" + "&".join(f"p={ref}" for ref in refs)


def test_compare_page_shows_terms_side_by_side_and_not_recorded(client, two):
    first, second = two
    response = client.get(PAGE + _query(first.pk, second.pk))
    body = response.content.decode()
    assert response.status_code == 200
    for text in ["Paris Test University", "Nairobi Test University", "Kenya", "One third to the inventors"]:
        assert text in body
    assert 'href="https://paris.example.org/terms"' in body
    assert f'href="{second.source_url}"' in body
    # Nairobi records no term, Paris no patenting decision: four cells say so in their own words.
    assert body.count('class="fact fact-unknown"') == 4
    assert "Link to this comparison" in body


def test_policies_can_be_named_by_institution_and_key(client, two):
    _first, second = two
    response = client.get(PAGE + _query("paris-test/ip", second.pk))
    assert response.status_code == 200
    assert "The university owns inventions" in response.content.decode()


@pytest.mark.parametrize(
    "refs, message",
    [
        (["{first}"], "Choose between 2 and 4 policies; you chose 1."),
        (["{first}", "paris-test/ip"], "you chose 1."),
        (["{first}", "999991", "999992", "999993", "999994"], "you chose 5."),
        (["{first}", "999999"], "Not a policy in this hub: 999999."),
        (["{first}", "nowhere/ip"], "Not a policy in this hub: nowhere/ip."),
        (["{first}", "<script>"], "is not a policy id nor an institution/key."),
        ([""], "Choose two to four policies to compare."),
    ],
)
def test_wrong_choices_are_explained_with_400(client, two, refs, message):
    refs = [ref.format(first=two[0].pk) for ref in refs]
    response = client.get(PAGE + _query(*refs))
    assert response.status_code == 400
    assert message in response.content.decode()
    api = client.get(API + _query(*refs))
    assert api.status_code == 400
    assert message in str(api.json())


def test_compare_without_choices_points_to_the_policy_database(client, db):
    response = client.get(PAGE)
    assert response.status_code == 200
    assert reverse("policies:index") in response.content.decode()


def test_compare_page_query_count_does_not_grow_with_policies(client, db):
    policies = PolicyFactory.create_batch(4)
    counts = []
    for chosen in (policies[:2], policies):
        url = PAGE + _query(*(policy.pk for policy in chosen))
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_api_compare_returns_the_rows_of_the_page(client, two):
    first, second = two
    data = client.get(API + _query(first.pk, second.pk)).json()
    assert [policy["id"] for policy in data["policies"]] == [first.pk, second.pk]
    rows = {row["key"]: row for row in data["rows"]}
    assert list(rows) == [
        "institution",
        "country",
        "kind",
        "year",
        "ownership",
        "inventor_share",
        "patenting_decision",
        "source",
    ]
    assert rows["inventor_share"]["values"] == ["One third to the inventors", None]
    assert rows["country"]["values"] == ["France", "Kenya"]
    assert rows["source"]["values"] == ["https://paris.example.org/terms", second.source_url]


def test_policy_list_offers_a_compare_tick_per_policy(client, two):
    body = client.get(reverse("policies:index")).content.decode()
    assert body.count('class="compare-tick" name="p"') == 2
    assert "js/compare-pick.js" in body


def test_institution_with_several_policies_offers_compare_ticks(client, db):
    institution = InstitutionFactory()
    PolicyFactory.create_batch(2, institution=institution)
    body = client.get(institution.get_absolute_url()).content.decode()
    assert body.count('class="compare-tick" name="p"') == 2
    assert reverse("policies:compare") in body
