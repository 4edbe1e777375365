from django.db import transaction
from rest_framework.authtoken.models import Token

from inspire.accounts.models import User


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
) -> User:
    user = User(
        username=username,
        email=email,
        first_name=first_name,
        last_name=last_name,
        organization=organization,
        country=country,
        role=role,
    )
    user.set_password(password)
    user.full_clean()
    user.save()
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
