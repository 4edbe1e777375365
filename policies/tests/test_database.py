import pytest
from django.urls import reverse

from inspire.testing import assert_constant_queries
from policies import selectors
from policies.models import Institution, Policy
from policies.tests.factories import InstitutionFactory, PolicyFactory

INDEX = "/policies/"


@pytest.fixture
def mixed(db):
    paris = InstitutionFactory(name="Université de Test", country="FR")
    nairobi = InstitutionFactory(name="Nairobi Test University", country="KE", kind=Institution.Kind.RESEARCH_INSTITUTE)
    PolicyFactory(institution=paris, title="Politique de propriété intellectuelle", language="fr", year=2019)
    PolicyFactory(institution=paris, title="Open access mandate", policy_type=Policy.Type.OPEN_ACCESS, year=2021)
    PolicyFactory(institution=nairobi, title="Spin-off rules", policy_type=Policy.Type.SPINOFF, year=2021)
    return paris, nairobi


def _titles(response) -> set[str]:
    return {policy.title for policy in response.context["page_obj"]}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=KE", {"Spin-off rules"}),
        ("region=EU", {"Politique de propriété intellectuelle", "Open access mandate"}),
        ("institution_type=research_institute", {"Spin-off rules"}),
        ("policy_type=open_access&policy_type=spinoff", {"Open access mandate", "Spin-off rules"}),
        ("language=fr", {"Politique de propriété intellectuelle"}),
        ("year=2021", {"Open access mandate", "Spin-off rules"}),
        ("q=nairobi", {"Spin-off rules"}),
        ("q=mandate&region=EU", {"Open access mandate"}),
    ],
)
def test_visitor_narrows_the_database_with_filters(client, mixed, query, expected):
    response = client.get(f"{INDEX}?{query}")
    assert response.status_code == 200
    assert _titles(response) == expected


def test_facets_count_policies_by_type(client, mixed):
    response = client.get(f"{INDEX}?region=EU")
    counts = {value: count for value, _label, count in response.context["type_options"]}
    assert counts["open_access"] == 1 and counts["spinoff"] == 0


def test_facet_counts_and_country_links_follow_an_edit_on_the_next_request(client, mixed):
    """Both are kept between requests; a new policy (service, admin or import) retires them."""

    def spinoffs_and_japan():
        response = client.get(INDEX)
        counts = {value: count for value, _label, count in response.context["type_options"]}
        countries = {code: count for code, _name, count in response.context["country_links"]}
        return counts["spinoff"], countries.get("JP", 0)

    spinoffs, japan = spinoffs_and_japan()
    PolicyFactory(institution=InstitutionFactory(country="JP"), policy_type=Policy.Type.SPINOFF)
    assert spinoffs_and_japan() == (spinoffs + 1, japan + 1)


@pytest.mark.parametrize("query", ["year=soon", "country=XX", "policy_type=gossip", "region=Atlantis", "language=zz"])
def test_bad_filter_values_show_an_error_not_a_crash(client, mixed, query):
    response = client.get(f"{INDEX}?{query}")
    assert response.status_code == 400
    assert "Some filter values are not valid" in response.content.decode()


def test_database_page_query_count_does_not_grow(client, db):
    assert_constant_queries(client, INDEX, lambda: PolicyFactory.create_batch(3))


def test_country_page_lists_institutions_and_national_version(client, curated):
    response = client.get(reverse("policies:country", args=["jo"]))
    body = response.content.decode()
    assert response.status_code == 200
    assert "National IP Policy Model for Jordanian universities" in body


def test_country_without_national_version_points_to_the_toolkit(client, mixed):
    body = client.get(reverse("policies:country", args=["KE"])).content.decode()
    assert "Nairobi Test University" in body
    assert "No national version is recorded" in body


def test_a_member_of_a_regional_model_is_pointed_to_it(client, curated):
    body = client.get(reverse("policies:country", args=["ID"])).content.decode()
    assert "Institutional IP Policy Model for ASEAN Universities and Research Institutions (2023)" in body
    assert "A regional model for ASEAN, which Indonesia belongs to." in body
    assert "No national version is recorded for this country." in body
    assert "The general template in the toolkit applies." not in body


def test_toolkit_lists_regional_models_with_their_member_countries(client, curated):
    body = client.get(reverse("policies:toolkit")).content.decode()
    assert 'id="regional-asean"' in body
    assert f'<a href="{reverse("policies:country", args=["VN"])}">' in body


def test_unknown_country_is_404(client, db):
    assert client.get(reverse("policies:country", args=["QQ"])).status_code == 404


def test_country_page_query_count_does_not_grow(client, db):
    assert_constant_queries(
        client,
        reverse("policies:country", args=["FR"]),
        lambda: PolicyFactory.create_batch(2, institution=InstitutionFactory(country="FR")),
    )


def test_institution_page_shows_its_policies_and_source(client, mixed):
    paris, _nairobi = mixed
    body = client.get(paris.get_absolute_url()).content.decode()
    assert "Open access mandate" in body
    assert paris.source_url in body


def test_policy_page_shows_type_year_and_institution(client, mixed):
    policy = Policy.objects.get(title="Spin-off rules")
    body = client.get(policy.get_absolute_url()).content.decode()
    assert "Spin-offs" in body and "2021" in body and "Nairobi Test University" in body


def test_missing_institution_and_policy_are_404(client, db):
    assert client.get(reverse("policies:institution", args=["nowhere"])).status_code == 404
    assert client.get(reverse("policies:policy", args=[999999])).status_code == 404


def test_toolkit_shows_checklist_template_guidelines_and_national_versions(client, curated):
    body = client.get(reverse("policies:toolkit")).content.decode()
    for text in ("checklist-heading", "Revenue sharing and incentives", "Guidelines for customizing", "Jordan"):
        assert text in body


def test_home_page_counts(mixed):
    assert selectors.policy_count() == 3
    assert selectors.institution_count() == 2


def test_database_page_links_every_country_with_policies(client, mixed):
    body = client.get(INDEX).content.decode()
    assert reverse("policies:country", args=["KE"]) in body
    assert 'Kenya</a> <span class="muted">(1)</span>' in body


def test_institution_page_shows_a_type_without_a_policy_as_not_recorded_never_as_no(client, mixed):
    paris, _nairobi = mixed
    body = client.get(paris.get_absolute_url()).content.decode()
    types = body[body.index('id="policy-types"') :]
    open_access = types[types.index("<strong>Open access</strong>") :].split("</li>")[0]
    assert "fact-yes" in open_access and "Recorded" in open_access and "Open access mandate" in open_access
    software = types[types.index("<strong>Software</strong>") :].split("</li>")[0]
    assert "fact-unknown" in software and "Not recorded" in software
    # Only the legend mentions a recorded "no": the hub records no absent policy types.
    assert body.count("fact-no") == 1 and "not recorded: nobody has checked yet" in types


def test_country_page_shows_an_institution_without_policies_as_not_recorded(client, db):
    InstitutionFactory(name="Quiet Test University", country="KE")
    body = client.get(reverse("policies:country", args=["KE"])).content.decode()
    row = body[body.index("Quiet Test University") :].split("</tr>")[0]
    assert "Not recorded" in row and "fact-unknown" in row
    assert "does not mean the institution has no such policy" in body


def test_country_and_toolkit_pages_show_sources_with_review_dates(client, curated):
    country = client.get(reverse("policies:country", args=["BY"])).content.decode()
    assert "https://ncip.by/en/o-centre/novosti/interesting/model-document" in country
    assert "reviewed Dec. 1, 2026" in country
    toolkit = client.get(reverse("policies:toolkit")).content.decode()
    assert toolkit.count("reviewed Nov. 24, 2026") == 7


def test_the_database_draws_its_policies_by_kind_and_region_with_the_numbers_in_tables(client, mixed):
    page = client.get(INDEX).content.decode()
    assert 'data-chart="chart-data-policies-by-kind"' in page
    assert '<script id="chart-data-policies-by-region" type="application/json">' in page
    assert '<th scope="row">Open access</th><td class="num">1</td>' in page
    assert '<th scope="row">Africa</th><td class="num">1</td>' in page
    assert '<th scope="row">Europe</th><td class="num">2</td>' in page


def test_each_row_links_the_policy_institution_and_country_and_offers_a_compare_tick(client, mixed):
    paris, _nairobi = mixed
    undated = PolicyFactory(institution=paris, title="Software release <rules>", policy_type="software", year=None)
    body = client.get(INDEX, {"country": "FR", "policy_type": "software"}).content.decode()
    row = body[body.index("<tbody>") : body.index("</tbody>")]
    assert f'<a href="{undated.get_absolute_url()}">Software release &lt;rules&gt;</a>' in row
    assert f'<a href="{paris.get_absolute_url()}">Université de Test</a>' in row
    assert f'<a href="{reverse("policies:country", args=["FR"])}">France</a>' in row
    assert "<td>Software</td><td>—</td><td>English</td>" in row
    assert f'name="p" value="{undated.pk}"> Compare Software release &lt;rules&gt;</label>' in row
