from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.decorators.cache import cache_page
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from inspire import views
from inspire.accounts.views import admin_sign_in
from inspire.media import serve_upload
from inspire.sitemaps import SITEMAPS
from inspire.usage import views as usage_views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("favicon.ico", views.favicon),
    # Every page in six languages with its alternates is a few MB and about a second to build;
    # crawlers can wait an hour for an edit to reach it.
    path("sitemap.xml", cache_page(60 * 60)(sitemap), {"sitemaps": SITEMAPS}, name="sitemap"),
    path("api/v1/", include("inspire.api.urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="schema"), name="api-docs"),
    path("admin/login/", admin_sign_in),
    path("admin/", admin.site.urls),
    path("media/<path:path>", serve_upload, name="media"),
]

# Pages a reader reads carry their language: /fr/databases/; English keeps the bare paths.
urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("databases/", include("databases.urls")),
    path("registers/", include("registers.urls")),
    path("analytics/", include("analytics.urls")),
    path("policies/", include("policies.urls")),
    path("etisc/", include("etisc.urls")),
    path("tisc/", include("tisc.urls")),
    path("programmes/", include("programmes.urls")),
    path("learning/", include("learning.urls")),
    path("search/", include("inspire.search.urls")),
    path("accounts/", include("inspire.accounts.urls")),
    path("staff/usage/", include("inspire.usage.urls")),
    path("impact/", usage_views.impact, name="impact"),
    prefix_default_language=False,
)

if settings.BENCH_HELLO:
    urlpatterns += [path("bench/hello", views.hello)]


handler404 = "inspire.views.page_not_found"
handler500 = "inspire.views.server_error"
