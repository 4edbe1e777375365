from inspire.translated_sitemap import TranslatedSitemap
from policies.models import Institution


class InstitutionSitemap(TranslatedSitemap):
    changefreq = "monthly"

    def items(self):
        return Institution.objects.order_by("slug")

    def lastmod(self, institution: Institution):
        return institution.reviewed_on
