"""Granting and removing TISC roles."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from inspire.accounts.models import User
from tisc.models import Institution, Membership, Network


@transaction.atomic
def membership_grant(
    *, user: User, role: str, network: Network | None = None, institution: Institution | None = None
) -> Membership:
    """Give `user` a role; granting one they already hold changes nothing."""
    if role == Membership.Role.STAFF:
        if institution is None:
            raise ValidationError(_("TISC staff work at a host institution; choose one."))
        network = institution.network
    existing = Membership.objects.filter(user=user, role=role, network=network, institution=institution).first()
    if existing:
        return existing
    membership = Membership(user=user, role=role, network=network, institution=institution)
    membership.full_clean()
    membership.save()
    return membership


@transaction.atomic
def membership_revoke(*, membership: Membership) -> None:
    membership.delete()
