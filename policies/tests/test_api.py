import pytest
from django.core.exceptions import ValidationError
from rest_framework.authtoken.models import Token

from inspire.testing import assert_constant_queries
from policies import services
from policies.models import Policy, PolicyDraft
from policies.tests.factories import InstitutionFactory, PolicyDraftFactory, PolicyFactory

API = "/api/v1/policies/"


def test_policies_api_filters_like_the_database_page(api_client, db):
    kenya = InstitutionFactory(country="KE")
    PolicyFactory(institution=kenya, policy_type=Policy.Type.SOFTWARE, title="Software release rules")
    PolicyFactory(title="Elsewhere")
    body = api_client.get(f"{API}policies/?region=AF&policy_type=software").json()
    assert [row["title"] for row in body["results"]] == ["Software release rules"]
    assert body["results"][0]["institution"]["country"] == "KE"


def test_institutions_api_filters_by_country_and_counts_policies(api_client, db):
    kenya = InstitutionFactory(country="KE", name="Kenya Test")
    PolicyFactory.create_batch(2, institution=kenya)
    InstitutionFactory(country="FR")
    body = api_client.get(f"{API}institutions/?country=KE").json()
    assert [(row["name"], row["policy_count"], row["region"]) for row in body["results"]] == [("Kenya Test", 2, "AF")]


@pytest.mark.parametrize("query", ["policies/?year=recent", "policies/?policy_type=x", "institutions/?region=ZZ"])
def test_bad_api_filters_give_400_json(api_client, db, query):
    response = api_client.get(f"{API}{query}")
    assert response.status_code == 400
    assert response.json()["code"] == "invalid"


def test_policy_reads_are_public_and_writes_refused(api_client, user, db):
    policy = PolicyFactory()
    assert api_client.get(f"{API}policies/{policy.pk}/").status_code == 200
    api_client.force_authenticate(user)
    assert api_client.delete(f"{API}policies/{policy.pk}/").status_code == 403


@pytest.mark.parametrize("path", ["policies/", "institutions/"])
def test_list_api_query_count_does_not_grow(client, db, path):
    assert_constant_queries(client, f"{API}{path}", lambda: PolicyFactory.create_batch(3))


def test_checklist_api_lists_topics_with_clauses(api_client, checklist):
    body = api_client.get(f"{API}checklist/").json()
    assert [topic["key"] for topic in body] == ["ownership", "revenue"]
    assert body[0]["items"][0]["clauses"][0]["key"] == "institution"


def test_drafts_api_needs_authentication(api_client, db):
    response = api_client.get(f"{API}drafts/")
    assert response.status_code == 401
    assert response.json()["status"] == 401


def test_owner_creates_answers_and_generates_a_draft_with_a_token(api_client, user, checklist):
    token = Token.objects.create(user=user)
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    created = api_client.post(f"{API}drafts/", {"title": "API policy", "institution_name": "API University"})
    assert created.status_code == 201, created.json()
    url = f"{API}drafts/{created.json()['id']}/"
    patched = api_client.patch(url, {"answers": {"owner-staff": {"clause": "creator", "note": "Mind the funders."}}})
    assert patched.status_code == 200, patched.json()
    assert patched.json()["answers"]["owner-staff"]["clause"] == "creator"
    document = api_client.get(f"{url}document/").json()
    assert "Creators own inventions." in document["markdown"]
    assert "Who owns student work?" in document["unanswered"]
    download = api_client.get(f"{url}document/?download=docx")
    assert download["Content-Disposition"].endswith('.docx"')


@pytest.mark.parametrize(
    "answers",
    [
        {"no-such-item": {"clause": "x"}},
        {"owner-staff": {"clause": "not-a-choice"}},
        {"owner-staff": "creator"},
        {"owner-staff": {"clause": "creator", "note": "x" * 5000}},
    ],
)
def test_bad_answers_give_400_json(api_client, user, checklist, answers):
    draft = PolicyDraftFactory(owner=user)
    api_client.force_authenticate(user)
    response = api_client.patch(f"{API}drafts/{draft.pk}/", {"answers": answers}, format="json")
    assert response.status_code == 400
    assert response.json()["code"] == "invalid"
    draft.refresh_from_db()
    assert draft.answers == {}


def test_creating_a_draft_without_a_title_gives_400(api_client, user, db):
    api_client.force_authenticate(user)
    response = api_client.post(f"{API}drafts/", {"institution_name": "X"})
    assert response.status_code == 400
    assert "title" in response.json()["errors"]


def test_another_user_gets_404_for_someone_elses_draft_in_the_api(api_client, user, other_user, checklist):
    draft = PolicyDraftFactory(owner=user)
    api_client.force_authenticate(other_user)
    assert api_client.get(f"{API}drafts/").json()["count"] == 0
    for response in (
        api_client.get(f"{API}drafts/{draft.pk}/"),
        api_client.get(f"{API}drafts/{draft.pk}/document/"),
        api_client.patch(f"{API}drafts/{draft.pk}/", {"title": "Mine now"}),
        api_client.delete(f"{API}drafts/{draft.pk}/"),
    ):
        assert response.status_code == 404
    assert PolicyDraft.objects.get(pk=draft.pk).title == draft.title


def test_drafts_api_query_count_does_not_grow(client, user, db):
    client.force_login(user)
    assert_constant_queries(client, f"{API}drafts/", lambda: PolicyDraftFactory.create_batch(3, owner=user))


def test_institutions_api_gives_null_for_a_policy_type_not_recorded(api_client, db):
    kenya = InstitutionFactory(country="KE", slug="kenya-test")
    PolicyFactory(institution=kenya, policy_type=Policy.Type.SOFTWARE)
    InstitutionFactory(country="KE", slug="kenya-quiet")
    body = api_client.get(f"{API}institutions/kenya-test/").json()
    assert body["policy_types"]["software"] is True
    assert body["policy_types"]["ip"] is None
    assert set(body["policy_types"]) == set(Policy.Type)
    quiet = api_client.get(f"{API}institutions/kenya-quiet/").json()
    assert quiet["policy_count"] == 0 and set(quiet["policy_types"].values()) == {None}
    assert body["source_url"] and body["reviewed_on"] == "2026-11-24"


def test_api_schema_says_null_means_not_recorded(api_client, db):
    schema = api_client.get("/api/schema/", {"format": "json"}).json()
    institution = schema["components"]["schemas"]["Institution"]["properties"]
    assert "null where it records none" in institution["policy_types"]["description"]
    assert institution["policy_types"]["properties"]["software"]["nullable"] is True
    assert "not that the institution has none" in institution["policy_count"]["description"]


def test_checklist_api_gives_each_topics_source_and_review_date(api_client, checklist):
    topic = api_client.get(f"{API}checklist/").json()[0]
    assert topic["source_url"] == "https://toolkit.example.org/" and topic["reviewed_on"] == "2026-11-24"


def test_creating_a_draft_with_a_bad_answer_creates_nothing(api_client, user, checklist):
    api_client.force_authenticate(user)
    response = api_client.post(
        f"{API}drafts/",
        {"title": "Half a draft", "institution_name": "X", "answers": {"owner-staff": {"clause": "not-a-choice"}}},
        format="json",
    )
    assert response.status_code == 400
    assert "answers" in response.json()["errors"]
    assert not PolicyDraft.objects.exists()


def test_patching_a_title_with_a_bad_answer_saves_neither(api_client, user, checklist):
    draft = PolicyDraftFactory(owner=user, title="Before")
    api_client.force_authenticate(user)
    response = api_client.patch(
        f"{API}drafts/{draft.pk}/",
        {"title": "After", "answers": {"owner-staff": {"clause": "creator"}, "no-such-item": {"clause": "x"}}},
        format="json",
    )
    assert response.status_code == 400
    draft.refresh_from_db()
    assert (draft.title, draft.answers) == ("Before", {})


def test_a_draft_service_reports_bad_details_and_bad_answers_together(user, checklist):
    draft = PolicyDraftFactory(owner=user, title="Before")
    with pytest.raises(ValidationError) as raised:
        services.draft_update(draft=draft, title="   ", answers={"no-such-item": {"clause": "x"}})
    assert set(raised.value.message_dict) == {"title", "answers"}
    draft.refresh_from_db()
    assert draft.title == "Before"


def test_patching_an_answer_without_its_clause_is_a_400(api_client, user, checklist):
    draft = PolicyDraftFactory(owner=user, title="Before")
    api_client.force_authenticate(user)
    response = api_client.patch(f"{API}drafts/{draft.pk}/", {"answers": {"owner-staff": {}}}, format="json")
    assert response.status_code == 400
    assert "answers" in response.json()["errors"]


def test_regional_models_list_their_members_by_iso_code(client, curated):
    listing = client.get("/api/v1/policies/regional-versions/").json()
    asean = next(item for item in listing["results"] if item["slug"] == "asean")
    assert asean["members"][:3] == ["BN", "ID", "KH"]
    assert asean["year"] == 2023
    detail = client.get("/api/v1/policies/regional-versions/asean/")
    assert detail.status_code == 200 and detail.json()["region"] == "ASEAN"
    assert client.get("/api/v1/policies/regional-versions/nowhere/").status_code == 404


def test_regional_models_list_query_count_does_not_grow(client, db):
    from datetime import date

    from policies.models import RegionalVersion

    def add_rows():
        n = RegionalVersion.objects.count()
        RegionalVersion.objects.create(
            slug=f"union-{n}",
            region=f"Union {n}",
            title="A regional model",
            description="A template.",
            members=["FR", "KE"],
            members_source_url="https://union.example.org/members",
            source_url="https://union.example.org/model",
            reviewed_on=date(2026, 12, 4),
        )

    assert_constant_queries(client, "/api/v1/policies/regional-versions/", add_rows)
    assert_constant_queries(client, "/policies/toolkit/", add_rows)
