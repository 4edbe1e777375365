import re

import pytest
from django.core import mail
from django.test import Client
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from inspire.accounts.models import User

SIGNUP = {
    "username": "amina",
    "email": "amina@example.org",
    "first_name": "Amina",
    "last_name": "Diallo",
    "organization": "TISC Dakar",
    "country": "SN",
    "role": "tisc_staff",
    "password": "a-long-and-unusual-passphrase",
}


@pytest.mark.django_db
def test_sign_up_creates_account_and_signs_in(client):
    response = client.post("/accounts/signup/", SIGNUP)
    assert response.status_code == 302
    user = User.objects.get(username="amina")
    assert (user.organization, user.country.code, user.role) == ("TISC Dakar", "SN", "tisc_staff")
    profile = client.get("/accounts/profile/")
    assert b"TISC Dakar" in profile.content


@pytest.mark.django_db
def test_sign_up_cannot_claim_curator_role(client):
    response = client.post("/accounts/signup/", {**SIGNUP, "role": "curator"})
    assert response.status_code == 200
    assert not User.objects.exists()
    assert b"Select a valid choice" in response.content


@pytest.mark.django_db
def test_sign_up_rejects_duplicate_email_and_weak_password(client, user):
    response = client.post("/accounts/signup/", {**SIGNUP, "email": user.email.upper(), "password": "12345678"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "already exists" in html
    assert "too common" in html
    assert User.objects.count() == 1


@pytest.mark.django_db
def test_sign_up_form_requires_csrf_token():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/accounts/signup/", SIGNUP)
    assert response.status_code == 403
    assert not User.objects.filter(username="amina").exists()


@pytest.mark.django_db
def test_profile_requires_sign_in(client):
    response = client.get("/accounts/profile/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


@pytest.mark.django_db
def test_profile_update_saves_changes(client, user):
    client.force_login(user)
    response = client.post(
        "/accounts/profile/",
        {"first_name": "Ana", "last_name": "Silva", "email": user.email, "organization": "INPI", "country": "BR"},
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.first_name, user.organization, user.country.code) == ("Ana", "INPI", "BR")


@pytest.mark.django_db
def test_password_reset_sends_a_link(client, user, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/accounts/password_reset/", {"email": user.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert "/accounts/reset/" in mail.outbox[0].body


@pytest.mark.django_db
def test_api_token_can_be_created_from_profile(client, user):
    client.force_login(user)
    client.post("/accounts/profile/api-token/")
    assert user.auth_token.key in client.get("/accounts/profile/").content.decode()


@pytest.mark.django_db
def test_repeated_failed_logins_lock_the_account(client, user):
    for _ in range(5):
        client.post("/accounts/login/", {"username": user.username, "password": "wrong"})
    response = client.post("/accounts/login/", {"username": user.username, "password": "correct horse battery staple"})
    assert response.status_code == 429
    assert b"Too many failed sign-ins" in response.content
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_sign_out_requires_post(client, user):
    client.force_login(user)
    assert client.get("/accounts/logout/").status_code == 405
    assert client.post("/accounts/logout/").status_code == 302
    assert "_auth_user_id" not in client.session


NEW_PASSWORD = "an-entirely-new-passphrase-42"


def api_status(token_key: str) -> int:
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {token_key}")
    return api.get("/api/v1/").status_code


@pytest.fixture
def old_token(user):
    token = Token.objects.create(user=user)
    assert api_status(token.key) == 200
    return token.key


@pytest.mark.django_db
def test_password_change_ends_the_old_api_token(client, user, old_token):
    client.force_login(user)
    response = client.post(
        "/accounts/password_change/",
        {"old_password": "correct horse battery staple", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert response.status_code == 302
    assert api_status(old_token) == 401


@pytest.mark.django_db
def test_password_reset_ends_the_old_api_token(client, user, old_token, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/accounts/password_reset/", {"email": user.email})
    link = re.search(r"/accounts/reset/\S+/", mail.outbox[0].body).group(0)
    form_url = client.get(link).url  # the token moves from the link into the session
    response = client.post(form_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert response.status_code == 302
    assert api_status(old_token) == 401


@pytest.mark.django_db
def test_password_set_in_the_admin_ends_the_old_api_token(client, staff_user, user, old_token):
    client.force_login(staff_user)
    response = client.post(
        f"/admin/accounts/user/{user.pk}/password/",
        {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD, "usable_password": "true"},
    )
    assert response.status_code == 302
    assert api_status(old_token) == 401


@pytest.mark.django_db
def test_saving_a_profile_keeps_the_api_token(client, user, old_token):
    client.force_login(user)
    client.post("/accounts/profile/", {"first_name": "Ana", "email": user.email})
    assert api_status(old_token) == 200
