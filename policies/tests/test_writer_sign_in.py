"""Anonymous visitors learn what needs an account before they fill anything, and come back to where
they were after signing up or in."""

import re
from urllib.parse import parse_qs, urlsplit

from django.core import mail
from django.urls import reverse

from inspire.accounts.models import User

WRITER = "/policies/writer/"
PASSWORD = "correct horse battery staple"
NEW_ACCOUNT = {
    "username": "lina",
    "email": "lina@example.org",
    "first_name": "Lina",
    "last_name": "Haddad",
    "organization": "Amman Test University",
    "country": "JO",
    "role": "researcher",
    "password": "a-long-and-unusual-passphrase",
}


def _link(html: str, text: str) -> str:
    """The address of the link reading `text`."""
    return re.search(rf'<a [^>]*href="([^"]+)"[^>]*>{re.escape(text)}</a>', html).group(1).replace("&amp;", "&")


def _next_of(address: str) -> str:
    return parse_qs(urlsplit(address).query)["next"][0]


def _explanation(html: str) -> str:
    """The writer's section for visitors without an account (the page header has sign-in links too)."""
    return html[html.index('id="account-heading"') : html.index("</section>")]


def test_an_anonymous_visitor_reads_that_saving_and_downloading_need_a_free_account_and_why(client, checklist):
    response = client.get(WRITER)
    assert response.status_code == 200
    body = response.content.decode()
    explanation = _explanation(body)
    assert "To save a draft and to download it as a Word (.docx) file, you need a free account." in explanation
    assert "so you can stop after any step and carry on later" in explanation
    assert "nobody but you can read your draft" in explanation
    # Nothing to fill in yet, so nothing is lost at the sign-in.
    assert 'name="institution_name"' not in body and "Start writing" not in body
    assert _link(explanation, "Open the toolkit") == "/policies/toolkit/"


def test_the_sign_up_and_sign_in_links_of_the_explanation_carry_the_writer_as_next(client, checklist):
    explanation = _explanation(client.get(WRITER).content.decode())
    sign_up, sign_in = _link(explanation, "Create a free account"), _link(explanation, "Sign in")
    assert urlsplit(sign_up).path == "/accounts/signup/" and _next_of(sign_up) == WRITER
    assert urlsplit(sign_in).path == "/accounts/login/" and _next_of(sign_in) == WRITER


def test_the_explanation_links_keep_the_language_of_the_page(client, checklist):
    explanation = _explanation(client.get(f"/fr{WRITER}").content.decode())
    assert _next_of(_link(explanation, "Se connecter")) == f"/fr{WRITER}"


def test_signing_up_from_the_writer_brings_the_new_user_back_to_the_writer_signed_in(
    client, checklist, django_capture_on_commit_callbacks
):
    signup = _link(client.get(WRITER).content.decode(), "Create a free account")
    form_page = client.get(signup).content.decode()
    carried = re.search(r'<input type="hidden" name="next" value="([^"]+)">', form_page).group(1)
    assert carried == WRITER
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/accounts/signup/", {**NEW_ACCOUNT, "next": carried})
    activation = re.search(r"http://\S+?(/accounts/activate/\S+)", mail.outbox[0].body).group(1)
    assert _next_of(activation) == WRITER

    response = client.post(activation)
    assert response.status_code == 302 and response["Location"] == WRITER
    assert User.objects.get(username="lina").is_active
    writer = client.get(WRITER).content.decode()
    assert "Start writing" in writer and "Saving and downloading need a free account" not in writer


def test_signing_in_or_up_from_a_step_returns_to_that_same_step(client, user, checklist, draft):
    step = reverse("policies:draft-step", args=[draft.pk, "revenue"])
    sign_in = client.get(step)["Location"]
    assert _next_of(sign_in) == step
    # Someone without an account yet follows the sign-in page's sign-up link, which keeps the step.
    assert _next_of(_link(client.get(sign_in).content.decode(), "Create an account")) == step

    response = client.post(sign_in, {"username": user.username, "password": PASSWORD})
    assert response["Location"] == step
    assert client.get(step).status_code == 200
