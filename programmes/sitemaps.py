from django.urls import reverse

from inspire.translated_sitemap import TranslatedSitemap
from programmes.models import Programme


class ProgrammeSitemap(TranslatedSitemap):
    changefreq = "monthly"

    def items(self):
        return Programme.objects.order_by("order", "slug")

    def lastmod(self, programme: Programme):
        return programme.reviewed_on


class ProgrammePagesSitemap(TranslatedSitemap):
    changefreq = "monthly"

    def items(self):
        return ["programmes:index", "programmes:eligibility"]

    def location(self, name: str) -> str:
        return reverse(name)
