from databases.models import PatentDatabase
from inspire.translated_sitemap import TranslatedSitemap


class DatabaseSitemap(TranslatedSitemap):
    changefreq = "monthly"

    def items(self):
        return PatentDatabase.objects.published().order_by("slug")

    def lastmod(self, database: PatentDatabase):
        return database.reviewed_on
