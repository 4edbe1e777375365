from django.contrib.sitemaps import Sitemap


class TranslatedSitemap(Sitemap):
    """Every page once per language (/fr/…, /ar/…), each listing its alternates for search engines."""

    i18n = True
    alternates = True
    x_default = True
