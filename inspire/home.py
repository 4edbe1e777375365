"""What the home page shows: key figures and the latest of each section, from the apps' selectors."""

from dataclasses import dataclass

from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from analytics import selectors as analytics
from databases import selectors as databases
from etisc import selectors as etisc
from policies import selectors as policies
from registers import selectors as registers

FIGURES_CACHE_SECONDS = 300


@dataclass(frozen=True)
class KeyFigure:
    value: int
    label: str
    url_name: str


def key_figures() -> list[KeyFigure]:
    """Counts change only when curators load content, so a few minutes of caching is safe."""
    counts = cache.get("home:key-figures")
    if counts is None:
        counts = {
            "databases": databases.database_count(),
            "jurisdictions": registers.jurisdiction_count(),
            "reports": analytics.report_count(),
            "policies": policies.policy_count(),
            "institutions": policies.institution_count(),
        }
        cache.set("home:key-figures", counts, FIGURES_CACHE_SECONDS)
    return [
        KeyFigure(counts["databases"], _("patent databases reviewed"), "databases:index"),
        KeyFigure(counts["jurisdictions"], _("jurisdictions with register information"), "registers:index"),
        KeyFigure(counts["reports"], _("patent landscape and technology trends reports"), "analytics:index"),
        KeyFigure(counts["policies"], _("institutional IP policies"), "policies:index"),
        KeyFigure(counts["institutions"], _("universities and research institutions"), "policies:index"),
    ]


def home_context() -> dict:
    return {
        "key_figures": key_figures(),
        "latest_reports": analytics.reports_latest(limit=4),
        "upcoming_events": etisc.events_upcoming_public(limit=3),
        "recent_topics": etisc.topics_recent_public(limit=5),
    }
