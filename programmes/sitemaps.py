from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from programmes.models import Programme


class ProgrammeSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return Programme.objects.order_by("order", "slug")

    def lastmod(self, programme: Programme):
        return programme.reviewed_on


class ProgrammePagesSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return ["programmes:index", "programmes:eligibility"]

    def location(self, name: str) -> str:
        return reverse(name)
