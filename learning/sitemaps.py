from django.urls import reverse

from inspire.translated_sitemap import TranslatedSitemap
from learning.models import LearningPath, LearningResource


class LearningResourceSitemap(TranslatedSitemap):
    changefreq = "monthly"

    def items(self):
        return LearningResource.objects.published().order_by("slug")

    def lastmod(self, resource: LearningResource):
        return resource.reviewed_on


class LearningPathSitemap(TranslatedSitemap):
    changefreq = "monthly"

    def items(self):
        return LearningPath.objects.order_by("order", "slug")

    def lastmod(self, path: LearningPath):
        return path.reviewed_on


class LearningPagesSitemap(TranslatedSitemap):
    changefreq = "weekly"

    def items(self):
        return ["learning:index", "learning:paths"]

    def location(self, name: str) -> str:
        return reverse(name)
