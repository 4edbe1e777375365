"""The one registry of database features: browse facets, the compare matrix, the finder and the
API all read their codes, labels and groups from here."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class FeatureGroup(models.TextChoices):
    SEARCH = "search", _("Search")
    ANALYSIS = "analysis", _("Analysis and export")


class Feature(models.TextChoices):
    FIELD_SEARCH = "field_search", _("Field-specific search")
    BOOLEAN = "boolean", _("Boolean operators")
    PROXIMITY = "proximity", _("Proximity operators")
    IPC = "ipc", _("IPC classification search")
    CPC = "cpc", _("CPC classification search")
    CITATION = "citation", _("Citation search")
    FAMILY = "family", _("Patent family grouping")
    LEGAL_STATUS = "legal_status", _("Legal status data")
    CHEMICAL = "chemical", _("Chemical structure search")
    SEQUENCE = "sequence", _("Biological sequence search")
    SEMANTIC = "semantic", _("Semantic or AI search")
    NPL = "npl", _("Non-patent literature")
    MACHINE_TRANSLATION = "machine_translation", _("Machine translation")
    CHARTS = "charts", _("Analysis charts")
    ALERTS = "alerts", _("Alerts")
    EXPORT = "export", _("Result list export")
    BULK_DOWNLOAD = "bulk_download", _("Bulk data download")
    API = "api", _("API")


FEATURE_GROUPS: dict[str, str] = {
    Feature.FIELD_SEARCH: FeatureGroup.SEARCH,
    Feature.BOOLEAN: FeatureGroup.SEARCH,
    Feature.PROXIMITY: FeatureGroup.SEARCH,
    Feature.IPC: FeatureGroup.SEARCH,
    Feature.CPC: FeatureGroup.SEARCH,
    Feature.CITATION: FeatureGroup.SEARCH,
    Feature.FAMILY: FeatureGroup.SEARCH,
    Feature.LEGAL_STATUS: FeatureGroup.SEARCH,
    Feature.CHEMICAL: FeatureGroup.SEARCH,
    Feature.SEQUENCE: FeatureGroup.SEARCH,
    Feature.SEMANTIC: FeatureGroup.SEARCH,
    Feature.NPL: FeatureGroup.SEARCH,
    Feature.MACHINE_TRANSLATION: FeatureGroup.SEARCH,
    Feature.CHARTS: FeatureGroup.ANALYSIS,
    Feature.ALERTS: FeatureGroup.ANALYSIS,
    Feature.EXPORT: FeatureGroup.ANALYSIS,
    Feature.BULK_DOWNLOAD: FeatureGroup.ANALYSIS,
    Feature.API: FeatureGroup.ANALYSIS,
}


def features_in_group(group: str) -> list[Feature]:
    return [feature for feature in Feature if FEATURE_GROUPS[feature] == group]
