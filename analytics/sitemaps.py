from analytics.models import Report
from inspire.translated_sitemap import TranslatedSitemap


class ReportSitemap(TranslatedSitemap):
    changefreq = "monthly"

    def items(self):
        return Report.objects.published().order_by("slug")

    def lastmod(self, report: Report):
        return report.reviewed_on
