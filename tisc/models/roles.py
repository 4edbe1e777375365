"""Who works where: roles scoped to a network or a host institution (programme staff: everywhere)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from tisc.models.directory import Institution, Network


class Membership(models.Model):
    class Role(models.TextChoices):
        COORDINATOR = "coordinator", _("National coordinator")
        STAFF = "staff", _("TISC staff")
        PROGRAMME = "programme", _("Programme staff")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="tisc_memberships")
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    network = models.ForeignKey(Network, on_delete=models.CASCADE, null=True, blank=True, related_name="memberships")
    institution = models.ForeignKey(
        Institution, on_delete=models.CASCADE, null=True, blank=True, related_name="memberships"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["role", "network", "institution"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(role="programme", network__isnull=True, institution__isnull=True)
                    | Q(role="coordinator", network__isnull=False, institution__isnull=True)
                    | Q(role="staff", network__isnull=False, institution__isnull=False)
                ),
                name="tisc_membership_scope_fits_role",
            ),
            models.UniqueConstraint(fields=["user"], condition=Q(role="programme"), name="tisc_one_programme_role"),
            models.UniqueConstraint(
                fields=["user", "network"], condition=Q(role="coordinator"), name="tisc_one_coordinator_role"
            ),
            models.UniqueConstraint(
                fields=["user", "institution"], condition=Q(role="staff"), name="tisc_one_staff_role"
            ),
        ]
        verbose_name = _("TISC role")
        verbose_name_plural = _("TISC roles")

    def __str__(self) -> str:
        where = self.institution or self.network or _("all networks")
        return f"{self.user}: {self.get_role_display()}, {where}"

    def clean(self):
        if self.role == self.Role.STAFF and self.institution and self.network_id != self.institution.network_id:
            raise ValidationError({"network": _("TISC staff belong to the network of their institution.")})
