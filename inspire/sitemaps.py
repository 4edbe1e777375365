"""The sitemap at /sitemap.xml: each app that offers one contributes its sections here, every page
in each of the six languages with its alternates."""

from django.urls import reverse

from analytics.sitemaps import ReportSitemap
from databases.sitemaps import DatabaseSitemap
from inspire.sections import SECTIONS
from inspire.translated_sitemap import TranslatedSitemap
from learning.sitemaps import LearningPagesSitemap, LearningPathSitemap, LearningResourceSitemap
from policies.sitemaps import InstitutionSitemap
from programmes.sitemaps import ProgrammePagesSitemap, ProgrammeSitemap
from registers.sitemaps import JurisdictionSitemap


class SitePagesSitemap(TranslatedSitemap):
    """The home page, each section's front page and the Impact page."""

    changefreq = "weekly"

    def items(self):
        return ["home", *(section.url_name for section in SECTIONS), "impact"]

    def location(self, name: str) -> str:
        return reverse(name)


SITEMAPS = {
    "pages": SitePagesSitemap,
    "databases": DatabaseSitemap,
    "jurisdictions": JurisdictionSitemap,
    "reports": ReportSitemap,
    "institutions": InstitutionSitemap,
    "programmes": ProgrammeSitemap,
    "programme-pages": ProgrammePagesSitemap,
    "learning-resources": LearningResourceSitemap,
    "learning-paths": LearningPathSitemap,
    "learning-pages": LearningPagesSitemap,
}
