from typing import TypeAlias

from django.contrib.auth.models import AbstractUser, AnonymousUser
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField


class User(AbstractUser):
    class Role(models.TextChoices):
        RESEARCHER = "researcher", _("Researcher or innovator")
        TISC_STAFF = "tisc_staff", _("TISC or TTO staff")
        EXPERT = "expert", _("Expert")
        CURATOR = "curator", _("Curator")

    # Roles people may pick for themselves; experts and curators are appointed by staff.
    SELF_SERVICE_ROLES = (Role.RESEARCHER, Role.TISC_STAFF)

    organization = models.CharField(_("organization"), max_length=200, blank=True)
    country = CountryField(_("country"), blank=True)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.RESEARCHER)

    def save(self, *args, **kwargs):
        # set_password() keeps the new password in _password until the save. Every way a password is
        # set (change, reset, admin, manage.py changepassword) ends here, so an API token issued under
        # the old password, perhaps the one that leaked, stops working with it.
        password_changed = self._password is not None and not self._state.adding
        super().save(*args, **kwargs)
        if password_changed:
            from inspire.accounts.services import api_tokens_revoke

            api_tokens_revoke(user=self)

    @property
    def is_curator(self) -> bool:
        return self.is_staff or self.role == self.Role.CURATOR

    @property
    def is_expert(self) -> bool:
        return self.role == self.Role.EXPERT

    @property
    def display_name(self) -> str:
        return self.get_full_name() or self.username


# Whoever makes a request, signed in or not.
Visitor: TypeAlias = User | AnonymousUser


def is_curator(user) -> bool:
    """Whether a visitor (signed in, anonymous, or none at all) is a curator or staff."""
    return bool(user and user.is_authenticated and user.is_curator)
