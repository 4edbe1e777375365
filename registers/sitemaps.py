from inspire.translated_sitemap import TranslatedSitemap
from registers.models import Jurisdiction


class JurisdictionSitemap(TranslatedSitemap):
    changefreq = "monthly"

    def items(self):
        return Jurisdiction.objects.order_by("code")

    def lastmod(self, jurisdiction: Jurisdiction):
        return jurisdiction.reviewed_on
