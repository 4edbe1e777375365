import pytest
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.validation import validate_schema
from rest_framework.throttling import SimpleRateThrottle


@pytest.mark.django_db
def test_openapi_schema_is_valid():
    schema = SchemaGenerator().get_schema(request=None, public=True)
    validate_schema(schema)
    assert schema["info"]["title"] == "INSPIRE hub API"


@pytest.mark.django_db
def test_the_schema_tells_integrators_the_three_fact_states_and_the_sort_keys():
    schema = SchemaGenerator().get_schema(request=None, public=True)
    parameters = {p["name"]: p["schema"] for p in schema["paths"]["/api/v1/databases/databases/"]["get"]["parameters"]}
    assert set(parameters["aspi"]["enum"]) == {"yes", "no", "unknown"}
    assert set(parameters["sort"]["enum"]) == {"name", "rating", "coverage", "reviewed"}


def test_schema_and_offline_docs_are_served(client):
    assert client.get("/api/schema/").status_code == 200
    docs = client.get("/api/docs/")
    assert docs.status_code == 200
    html = docs.content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/" in html
    assert "cdn" not in html.lower()


@pytest.mark.django_db
def test_api_root_links_every_endpoint_directly_and_old_app_roots_still_answer(api_client):
    body = api_client.get("/api/v1/").json()
    assert body["databases/databases"] == "http://testserver/api/v1/databases/databases/"
    assert body["registers/jurisdictions"] == "http://testserver/api/v1/registers/jurisdictions/"
    assert body["search"] == "http://testserver/api/v1/search/"
    assert body["auth/token"] == "http://testserver/api/v1/auth/token/"
    assert {"analytics/reports", "policies/policies", "etisc/topics", "schema", "docs"} <= set(body)
    assert api_client.get("/api/v1/databases/").status_code == 200


@pytest.mark.django_db
def test_anonymous_clients_are_throttled_with_json_429(api_client, monkeypatch):
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {"anon": "3/minute", "user": "100/minute"})
    statuses = [api_client.get("/api/v1/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    response = api_client.get("/api/v1/")
    assert response.status_code == 429
    assert response["Content-Type"] == "application/json"
    assert response.json()["code"] == "throttled"
    assert response.json()["retry_after_seconds"] > 0


@pytest.mark.django_db
def test_token_authentication_identifies_the_user(api_client, user):
    response = api_client.post(
        "/api/v1/auth/token/", {"username": user.username, "password": "correct horse battery staple"}
    )
    assert response.status_code == 200
    token = response.json()["token"]
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert api_client.get("/api/v1/").status_code == 200


@pytest.mark.django_db
def test_bad_token_gives_json_401(api_client):
    api_client.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    response = api_client.get("/api/v1/")
    assert response.status_code == 401
    assert response.json()["code"] == "authentication_failed"


@pytest.mark.django_db
def test_wrong_credentials_for_token_give_json_400(api_client, user):
    response = api_client.post("/api/v1/auth/token/", {"username": user.username, "password": "wrong"})
    assert response.status_code == 400
    assert response.json()["code"] == "invalid"
    assert "errors" in response.json()


@pytest.mark.django_db
@pytest.mark.parametrize("page_size", ["null", "0", "-1", "101", "abc", ""])
def test_a_page_size_the_api_cannot_give_is_a_400_naming_it(api_client, page_size):
    response = api_client.get("/api/v1/analytics/fields/", {"page_size": page_size})
    assert response.status_code == 400
    assert "page_size" in response.json()["errors"]


@pytest.mark.django_db
def test_a_number_where_the_schema_says_text_is_a_400(api_client, user):
    api_client.force_authenticate(user)
    response = api_client.post(
        "/api/v1/policies/drafts/", {"title": 0, "institution_name": "X", "answers": {}}, format="json"
    )
    assert response.status_code == 400
    assert "title" in response.json()["errors"]
