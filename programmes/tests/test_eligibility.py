import pytest
from django.urls import reverse

from inspire.testing import assert_constant_queries
from programmes.eligibility import Finding, Verdict, eligibility_check
from programmes.tests.factories import EligibilityListFactory, ProgrammeFactory

pytestmark = pytest.mark.django_db
CHECKER = reverse("programmes:eligibility")
API = reverse("api:programmes-api:eligibility")


def answer_for(answers, slug):
    return next(answer for answer in answers if answer.programme.slug == slug)


def test_a_least_developed_country_gets_aspi_free_from_group_1(loaded):
    aspi = answer_for(eligibility_check(country="TZ", institution_type="university"), "aspi")
    assert aspi.verdict == Verdict.ELIGIBLE
    assert [finding.list.slug for finding in aspi.applying] == ["aspi-group-1"]
    assert aspi.applying[0].list.access == "free"


def test_a_country_outside_the_lists_read_in_full_is_not_known_rather_than_not_eligible(loaded):
    # Kenya is not in Group 1 (read in full) nor in the part of Group 2 that could be read.
    aspi = answer_for(eligibility_check(country="KE", institution_type="university"), "aspi")
    assert aspi.verdict == Verdict.UNKNOWN
    findings = {finding.list.slug: finding.finding for finding in aspi.findings}
    assert findings == {
        "aspi-group-1": Finding.NOT_LISTED,
        "aspi-group-2": Finding.NOT_IN_PART_HELD,
        "aspi-group-3": Finding.TYPE_EXCLUDED,
    }


def test_a_middle_income_country_read_in_group_2_pays_the_nominal_cost(loaded):
    aspi = answer_for(eligibility_check(country="CO", institution_type="research"), "aspi")
    assert aspi.verdict == Verdict.ELIGIBLE
    assert aspi.applying[0].list.access == "low_cost"
    assert "1000 Swiss francs" in aspi.applying[0].list.terms


def test_companies_are_not_eligible_for_aspi_whatever_the_country(loaded):
    aspi = answer_for(eligibility_check(country="TZ", institution_type="company"), "aspi")
    assert aspi.verdict == Verdict.NOT_ELIGIBLE
    assert {finding.finding for finding in aspi.findings} == {Finding.TYPE_EXCLUDED}


def test_research4life_groups_without_a_sourced_list_are_never_guessed(loaded):
    ardi = answer_for(eligibility_check(country="TZ", institution_type="university"), "ardi")
    assert ardi.verdict == Verdict.UNKNOWN
    assert {finding.finding for finding in ardi.findings} == {Finding.NOT_HELD}


def test_a_country_absent_from_complete_lists_is_not_eligible_as_far_as_the_dated_list_shows(client):
    group = EligibilityListFactory(countries=["TZ", "UG"], complete=True)
    response = client.get(CHECKER, {"country": "FR", "type": "university"})
    assert response.status_code == 200
    [answer] = response.context["answers"]
    assert answer.programme == group.programme and answer.verdict == Verdict.NOT_ELIGIBLE
    assert "Not eligible as far as the lists dated 2 December 2026 show." in response.content.decode()


def test_the_checker_page_names_each_list_with_its_source_and_date(client, loaded):
    response = client.get(CHECKER, {"country": "ke", "type": "university"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Results for Kenya" in page
    assert "https://wipo.int/en/web/aspi/eligibility" in page and "read on 2 December 2026" in page
    assert "Not in the part of this list the hub holds" in page


@pytest.mark.parametrize(
    "query", [{}, {"country": "XX", "type": "university"}, {"country": "KE", "type": "spaceport"}, {"country": "KE"}]
)
def test_bad_checker_input_is_a_form_error_not_a_crash(client, query):
    response = client.get(CHECKER, query)
    if not query:
        assert response.status_code == 200 and response.context["answers"] is None
        return
    assert response.status_code == 400
    assert response.context["form"].errors
    assert response.context["answers"] is None


def test_the_api_answers_the_issues_example(api_client, loaded):
    response = api_client.get(API, {"country": "KE", "type": "university"})
    assert response.status_code == 200
    body = response.json()
    assert body["country"] == "KE" and body["type"] == "university"
    aspi = next(item for item in body["programmes"] if item["programme"] == "aspi")
    assert aspi["verdict"] == "unknown"
    group_1 = next(item for item in aspi["findings"] if item["list"] == "aspi-group-1")
    assert group_1["finding"] == "not_listed"
    assert group_1["list_dated"] == "2026-12-02"
    assert group_1["source"]["url"] == "https://wipo.int/en/web/aspi/eligibility"


@pytest.mark.parametrize("query", [{}, {"country": "XX", "type": "university"}, {"country": "KE", "type": "ngo"}])
def test_bad_api_input_is_a_400_in_the_projects_error_format(api_client, query):
    response = api_client.get(API, query)
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid" and body["status"] == 400 and body["errors"]


def test_the_checker_costs_the_same_queries_however_many_lists(client):
    programme = ProgrammeFactory()

    def add_rows():
        EligibilityListFactory(programme=programme)
        EligibilityListFactory()

    assert_constant_queries(client, f"{CHECKER}?country=TZ&type=university", add_rows)


def test_the_eligibility_api_costs_the_same_queries_however_many_lists(api_client):
    def add_rows():
        EligibilityListFactory()

    assert_constant_queries(api_client, f"{API}?country=TZ&type=university", add_rows)
