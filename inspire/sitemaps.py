"""The sitemap at /sitemap.xml: each app that offers one contributes its sections here."""

from learning.sitemaps import LearningPagesSitemap, LearningPathSitemap, LearningResourceSitemap
from programmes.sitemaps import ProgrammePagesSitemap, ProgrammeSitemap

SITEMAPS = {
    "programmes": ProgrammeSitemap,
    "programme-pages": ProgrammePagesSitemap,
    "learning-resources": LearningResourceSitemap,
    "learning-paths": LearningPathSitemap,
    "learning-pages": LearningPagesSitemap,
}
