import re
from urllib.parse import urlencode

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
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


def sign_up(client, data, capture):
    with capture(execute=True):
        return client.post("/accounts/signup/", data)


def link_in(message) -> str:
    return re.search(r"http://\S+(/accounts/activate/\S+/)", message.body).group(1)


@pytest.mark.django_db
def test_sign_up_creates_an_inactive_account_activated_by_the_e_mailed_link(client, django_capture_on_commit_callbacks):
    response = sign_up(client, SIGNUP, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    user = User.objects.get(username="amina")
    assert (user.organization, user.country.code, user.role, user.is_active) == (
        "TISC Dakar",
        "SN",
        "tisc_staff",
        False,
    )
    assert "_auth_user_id" not in client.session
    assert mail.outbox[0].to == ["amina@example.org"]
    link = link_in(mail.outbox[0])

    assert client.get(link).status_code == 200  # opening the link (or a mail scanner) activates nothing
    assert not User.objects.get(username="amina").is_active
    assert client.post(link).status_code == 302
    profile = client.get("/accounts/profile/")
    assert b"TISC Dakar" in profile.content
    assert User.objects.get(username="amina").is_active
    client.post("/accounts/logout/")
    assert b"invalid, expired, or was already used" in client.post(link).content


@pytest.mark.django_db
def test_an_account_cannot_sign_in_before_it_is_activated(client, django_capture_on_commit_callbacks):
    sign_up(client, SIGNUP, django_capture_on_commit_callbacks)
    response = client.post("/accounts/login/", {"username": "amina", "password": SIGNUP["password"]})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_sign_up_answers_the_same_for_a_new_and_a_registered_address(user, django_capture_on_commit_callbacks):
    new = sign_up(Client(), SIGNUP, django_capture_on_commit_callbacks)
    taken = sign_up(
        Client(), {**SIGNUP, "username": "someone", "email": user.email.upper()}, django_capture_on_commit_callbacks
    )

    assert (
        (new.status_code, new["Location"]) == (taken.status_code, taken["Location"]) == (302, "/accounts/signup/done/")
    )
    assert set(new.cookies) == set(taken.cookies)
    assert not User.objects.filter(username="someone").exists()
    assert User.objects.filter(email__iexact=user.email).count() == 1
    note = next(message for message in mail.outbox if message.to == [user.email])
    assert "someone tried" in note.subject.lower()
    assert "sign in, or reset your password" in note.body
    assert "/accounts/login/" in note.body and "/accounts/password_reset/" in note.body
    assert "/accounts/activate/" not in note.body


@pytest.mark.django_db
def test_sign_up_done_page_does_not_say_which_case_it_was(client):
    html = client.get("/accounts/signup/done/").content.decode()
    assert "Check your e-mail" in html


@pytest.mark.django_db
def test_signing_up_again_with_a_never_activated_address_sends_a_fresh_link(client, django_capture_on_commit_callbacks):
    sign_up(client, SIGNUP, django_capture_on_commit_callbacks)
    sign_up(client, {**SIGNUP, "username": "amina2"}, django_capture_on_commit_callbacks)
    assert User.objects.filter(email="amina@example.org").count() == 1
    assert len(mail.outbox) == 2
    assert client.post(link_in(mail.outbox[1])).status_code == 302
    assert User.objects.get(username="amina").is_active


@pytest.mark.django_db
def test_sign_up_brings_the_user_back_to_the_page_they_came_from(client, django_capture_on_commit_callbacks):
    page = client.get("/accounts/signup/", {"next": "/registers/check/?number=EP1"}).content.decode()
    assert '<input type="hidden" name="next" value="/registers/check/?number=EP1">' in page
    sign_up(client, {**SIGNUP, "next": "/registers/check/?number=EP1"}, django_capture_on_commit_callbacks)
    response = client.post(re.search(r"http://\S+?(/accounts/activate/\S+)", mail.outbox[0].body).group(1))
    assert response["Location"] == "/registers/check/?number=EP1"


@pytest.mark.django_db
def test_a_registered_address_is_told_to_sign_in_with_a_link_back_to_the_same_page(
    client, user, django_capture_on_commit_callbacks
):
    sign_up(client, {**SIGNUP, "email": user.email, "next": "/policies/writer/"}, django_capture_on_commit_callbacks)
    assert "/accounts/login/?next=%2Fpolicies%2Fwriter%2F" in mail.outbox[0].body


EVIL = ["https://evil.example", "//evil.example/", "https:/evil.example", "/\\evil.example"]


@pytest.mark.django_db
@pytest.mark.parametrize("evil", EVIL)
def test_sign_up_and_activation_ignore_a_next_address_on_another_site(client, evil, django_capture_on_commit_callbacks):
    # (The page's own address, with its query, still appears in its language links; no form carries it.)
    assert 'name="next"' not in client.get("/accounts/signup/", {"next": evil}).content.decode()
    sign_up(client, {**SIGNUP, "next": evil}, django_capture_on_commit_callbacks)
    assert "evil.example" not in mail.outbox[0].body
    link = link_in(mail.outbox[0])
    assert 'name="next"' not in client.get(f"{link}?{urlencode({'next': evil})}").content.decode()
    response = client.post(f"{link}?{urlencode({'next': evil})}", {"next": evil})
    assert response["Location"] == "/accounts/profile/"


@pytest.mark.django_db
@pytest.mark.parametrize("evil", EVIL)
def test_sign_in_ignores_a_next_address_on_another_site(client, user, evil):
    login_page = client.get("/accounts/login/", {"next": evil}).content.decode()
    assert '<input type="hidden" name="next" value="">' in login_page
    assert f"{reverse('signup')}?next=" not in login_page  # nor does its link to sign up
    response = client.post(
        f"/accounts/login/?{urlencode({'next': evil})}",
        {"username": user.username, "password": "correct horse battery staple", "next": evil},
    )
    assert response["Location"] == "/accounts/profile/"


@pytest.mark.django_db
def test_sign_up_cannot_claim_curator_role(client):
    response = client.post("/accounts/signup/", {**SIGNUP, "role": "curator"})
    assert response.status_code == 200
    assert not User.objects.exists()
    assert b"Select a valid choice" in response.content


@pytest.mark.django_db
def test_sign_up_rejects_a_weak_password_without_mentioning_a_registered_address(client, user):
    response = client.post("/accounts/signup/", {**SIGNUP, "email": user.email.upper(), "password": "12345678"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "too common" in html
    assert "already exists" not in html
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
