"""The hub's own pages a course, publication or path step can send its reader to."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class HubLink(models.TextChoices):
    DATABASE_FINDER = "database-finder", _("Patent database finder")
    DATABASE_REPORTS = "database-reports", _("Patent database reports")
    REGISTER_PORTAL = "register-portal", _("Patent register portal: legal status by jurisdiction")
    ANALYTICS_CATALOGUE = "analytics-catalogue", _("Patent analytics: landscape reports catalogue")
    IP_POLICIES = "ip-policies", _("Institutional IP policies and the IP Policy Toolkit")
    ACCESS_PROGRAMMES = "access-programmes", _("Access programmes: ASPI and ARDI")


URL_NAMES = {
    HubLink.DATABASE_FINDER: "databases:finder",
    HubLink.DATABASE_REPORTS: "databases:index",
    HubLink.REGISTER_PORTAL: "registers:index",
    HubLink.ANALYTICS_CATALOGUE: "analytics:index",
    HubLink.IP_POLICIES: "policies:index",
    HubLink.ACCESS_PROGRAMMES: "programmes:index",
}


def hub_link(value: str) -> tuple[str, str]:
    """(url, label) of one hub page."""
    link = HubLink(value)
    return reverse(URL_NAMES[link]), str(link.label)
