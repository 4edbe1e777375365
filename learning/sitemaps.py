from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from learning.models import LearningPath, LearningResource


class LearningResourceSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return LearningResource.objects.published().order_by("slug")

    def lastmod(self, resource: LearningResource):
        return resource.reviewed_on


class LearningPathSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return LearningPath.objects.order_by("order", "slug")

    def lastmod(self, path: LearningPath):
        return path.reviewed_on


class LearningPagesSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return ["learning:index", "learning:paths"]

    def location(self, name: str) -> str:
        return reverse(name)
