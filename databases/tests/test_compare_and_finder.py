import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from databases.finder import finder_answer
from databases.tests.factories import make_database
from inspire.testing import assert_constant_queries

pytestmark = pytest.mark.django_db


def row(rows, label):
    return next(r for r in rows if r.label == label)


def test_compare_page_shows_a_matrix_with_differences_highlighted(client, known_databases):
    response = client.get("/databases/compare/?db=alpha&db=beta&db=gamma")
    assert response.status_code == 200
    assert [db.slug for db in response.context["databases"]] == ["alpha", "beta", "gamma"]
    rows = response.context["rows"]
    assert row(rows, "Boolean operators").cells == ["Yes", "Yes", "No"]
    assert row(rows, "Boolean operators").differs
    assert row(rows, "Interface languages").differs is False
    china = row(rows, "China (CN)")
    assert china.cells[0] == "Applications: Bibliographic data; Grants: Full text since 1985"
    assert china.cells[2] == "Recorded as not covered"
    assert row(rows, "European Patent Office (EPO) (EP)").cells == [
        "Not recorded",
        "Grants: Full text since 1980",
        "Not recorded",
    ]
    assert row(rows, "Chemical structure search").cells == ["Not recorded", "Yes", "Not recorded"]
    assert row(rows, "Part of ASPI").cells == ["Not recorded", "Yes", "Not recorded"]
    html = response.content.decode()
    assert 'class="differs"' in html
    assert "not recorded: nobody has checked yet" in html
    assert "Alpha Search" in html
    assert 'value="http://testserver/databases/compare/?db=alpha&amp;db=beta&amp;db=gamma"' in html


def test_compare_keeps_the_order_of_the_shared_url(client, known_databases):
    response = client.get("/databases/compare/?db=gamma&db=alpha")
    assert [db.slug for db in response.context["databases"]] == ["gamma", "alpha"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("db=alpha", "Choose between 2 and 4 databases; you chose 1."),
        ("db=alpha&db=nope", "nope is not a database in this hub."),
        ("db=alpha&db=beta&db=gamma&db=d4&db=d5", "Choose between 2 and 4 databases; you chose 5."),
        ("db=", "Choose two to four databases to compare."),
    ],
)
def test_bad_comparisons_get_a_clear_400_message(client, known_databases, query, message):
    make_database("d4")
    make_database("d5")
    response = client.get(f"/databases/compare/?{query}")
    assert response.status_code == 400
    assert message in response.content.decode()


def test_a_bad_comparison_offers_every_database_to_pick_again(client, known_databases):
    body = client.get("/databases/compare/?db=alpha").content.decode()
    for slug in known_databases:
        assert f'name="db" value="{slug}"' in body


def test_checking_a_comparison_reads_only_the_databases_asked_for(client, known_databases):
    """The choices are checked against the slugs asked for, not the whole catalogue, so a comparison
    costs the same however many databases the hub holds."""
    for n in range(5):
        make_database(f"filler-{n}")
    with CaptureQueriesContext(connection) as queries:
        client.get("/databases/compare/?db=alpha&db=beta")
    choices = [query["sql"] for query in queries if 'SELECT "databases_patentdatabase"."slug"' in query["sql"]]
    assert len(choices) == 1 and " IN (" in choices[0]


def test_compare_page_without_choice_offers_a_picker(client, known_databases):
    response = client.get("/databases/compare/")
    assert response.status_code == 200
    assert 'name="db" value="alpha"' in response.content.decode()


def test_compare_query_count_does_not_grow_with_coverage_and_features(client, known_databases):
    counter = iter(range(1000))

    def add_rows():
        for database in known_databases.values():
            n = next(counter)
            code = ["JP", "KR", "DE", "FR", "GB", "IN"][n % 6]
            make_database(f"filler-{n}")
            database.coverage.create(jurisdiction=code, document_kind="applications", level="full_text")

    assert_constant_queries(client, "/databases/compare/?db=alpha&db=beta&db=gamma", add_rows)


def test_finder_ranks_by_needs_met_and_explains_each_in_words(known_databases):
    answer = finder_answer(jurisdictions=["CN", "US"], features=["cpc", "sequence"], free_only=False, full_text=True)
    assert not answer.complete
    beta, alpha, gamma = answer.results
    assert [beta.database.slug, alpha.database.slug, gamma.database.slug] == ["beta", "alpha", "gamma"]
    assert beta.fit == "meets 3 of 4 needs"
    assert beta.explanation == (
        "covers China: Grants: Full text · covers United States of America: Grants: Full text since 1976 · "
        "offers CPC classification search; not recorded: Biological sequence search"
    )
    assert "covers United States of America, not in full text: Grants: Bibliographic data" in alpha.reasons
    assert gamma.gaps == ["recorded as not covering China", "CPC classification search: not recorded"]
    assert "lacks: China in full text" in gamma.explanation
    assert [need.label for need in answer.relaxed] == ["Biological sequence search"]


def test_finder_answers_only_databases_meeting_every_need_when_some_do(known_databases):
    answer = finder_answer(jurisdictions=["CN", "US"], features=["cpc"], free_only=False, full_text=True)
    assert answer.complete
    assert [result.database.slug for result in answer.results] == ["beta"]
    assert answer.results[0].fit == "meets 3 of 3 needs"


def test_finder_says_which_need_it_relaxed_when_nothing_meets_all(known_databases):
    answer = finder_answer(jurisdictions=["CN"], features=["chemical"], free_only=True, full_text=False)
    assert not answer.complete
    assert [result.database.slug for result in answer.results] == ["alpha", "beta", "gamma"]
    assert [need.label for need in answer.relaxed] == ["Chemical structure search"]
    assert answer.results[1].explanation.endswith("; lacks: free access")


def test_finder_leaves_out_databases_meeting_nothing(known_databases):
    answer = finder_answer(jurisdictions=["EP"], features=["sequence"], free_only=False, full_text=False)
    assert [result.database.slug for result in answer.results] == ["beta", "gamma"]


def test_finder_page_shows_ranked_reasons(client, known_databases):
    response = client.get("/databases/finder/?jurisdiction=CN&feature=chemical&budget=free")
    assert response.status_code == 200
    html = response.content.decode()
    assert "No database meets every need" in html
    assert "The nearest 3 matches; the best one leaves out: <strong>Chemical structure search</strong>" in html
    assert html.index("Alpha Search") < html.index("Beta Patents")
    assert "Offers Chemical structure search" in html
    assert "meets 2 of 3 needs" in html


def test_finder_rejects_unknown_answers_with_400(client, known_databases):
    response = client.get("/databases/finder/?jurisdiction=ZZ&budget=cheap")
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


def test_finder_sends_a_country_no_report_covers_to_its_office_in_the_register_portal(client, known_databases):
    response = client.get("/databases/finder/?jurisdiction=KE&feature=legal_status&budget=any")
    assert response.status_code == 200
    html = response.content.decode()
    assert "No database report here records coverage of Kenya" in html
    assert '<a href="/registers/KE/">Kenya in the Patent Register Portal</a>' in html
    assert re.search(r'<input type="checkbox" name="jurisdiction" value="KE"[^>]*checked', html)
    answer = finder_answer(jurisdictions=["KE", "CN"], features=[], free_only=False, full_text=False)
    assert answer.unrecorded == [("KE", "Kenya")]


def test_finder_form_says_where_to_go_for_a_country_not_listed(client, known_databases):
    html = client.get("/databases/finder/").content.decode()
    assert "Your country is not listed?" in html
    assert 'href="/registers/"' in html


def test_the_list_total_follows_a_new_database_on_the_next_request(client, known_databases):
    assert client.get("/databases/").context["page_obj"].paginator.count == 3
    assert client.get("/api/v1/databases/databases/").json()["count"] == 3
    make_database("delta", name="Delta Index")
    assert client.get("/databases/").context["page_obj"].paginator.count == 4
    assert client.get("/api/v1/databases/databases/").json()["count"] == 4
