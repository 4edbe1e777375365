from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlencode, urlsafe_base64_encode
from rest_framework.authtoken.models import Token

from inspire.accounts.models import User
from inspire.accounts.tokens import activation_token
from inspire.tasks import email_send


@transaction.atomic
def user_create(
    *,
    username: str,
    email: str,
    password: str,
    first_name: str = "",
    last_name: str = "",
    organization: str = "",
    country: str = "",
    role: str = User.Role.RESEARCHER,
    is_active: bool = True,
) -> User:
    user = User(
        username=username,
        email=email,
        first_name=first_name,
        last_name=last_name,
        organization=organization,
        country=country,
        role=role,
        is_active=is_active,
    )
    user.set_password(password)
    user.full_clean()
    user.save()
    return user


def _email_user(*, user: User, template: str, context: dict) -> None:
    context = {"user": user, **context}
    subject = "".join(render_to_string(f"accounts/email/{template}_subject.txt", context).splitlines())
    body = render_to_string(f"accounts/email/{template}.txt", context)
    email_send.delay_on_commit(subject=subject, body=body, to=[user.email])


def _site_link(path: str, next_url: str) -> str:
    return f"{settings.SITE_URL}{path}" + (f"?{urlencode({'next': next_url})}" if next_url else "")


def _email_activation(user: User, next_url: str) -> None:
    path = reverse("activate", args=[urlsafe_base64_encode(force_bytes(user.pk)), activation_token.make_token(user)])
    _email_user(user=user, template="activation", context={"activation_url": _site_link(path, next_url)})


@transaction.atomic
def user_sign_up(*, email: str, password: str, next_url: str = "", **fields) -> None:
    """Sign-up that does not tell whether `email` already has an account; the caller answers the same
    either way, and only the address's owner learns which it was, by e-mail.

    A new address gets an inactive account and a link to activate it: until then nobody can sign in
    with it, so signing in does not tell either. A registered address gets no new account; its owner is
    told someone tried (or, for an account never activated, sent a fresh link).

    `next_url`, an address on this site that the caller has checked, rides along in the e-mailed link,
    so the user comes back to the page they signed up from."""
    existing = User.objects.filter(email__iexact=email).first()
    if existing is None:
        _email_activation(user_create(email=email, password=password, is_active=False, **fields), next_url)
        return
    # Creating an account costs a password hash; this answer must take as long.
    make_password(password)
    if not existing.is_active:
        _email_activation(existing, next_url)
        return
    _email_user(
        user=existing,
        template="signup_attempt",
        context={
            "login_url": _site_link(reverse("login"), next_url),
            "password_reset_url": f"{settings.SITE_URL}{reverse('password_reset')}",
        },
    )


@transaction.atomic
def user_activate(*, user: User) -> User:
    user.is_active = True
    user.save(update_fields=["is_active"])
    return user


@transaction.atomic
def user_profile_update(*, user: User, **fields) -> User:
    editable = {"first_name", "last_name", "email", "organization", "country"}
    unknown = set(fields) - editable
    if unknown:
        raise ValueError(f"Not editable: {', '.join(sorted(unknown))}")
    for name, value in fields.items():
        setattr(user, name, value)
    user.full_clean()
    user.save(update_fields=sorted(fields))
    return user


def api_tokens_revoke(*, user: User) -> None:
    """End the user's API token; they create a new one on their profile page."""
    Token.objects.filter(user=user).delete()


@transaction.atomic
def api_token_regenerate(*, user: User) -> Token:
    api_tokens_revoke(user=user)
    return Token.objects.create(user=user)
