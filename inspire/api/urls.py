from django.urls import include, path

from inspire.api.views import ObtainTokenView, api_root

app_name = "api"

urlpatterns = [
    path("", api_root, name="root"),
    path("databases/", include("databases.api.urls")),
    path("registers/", include("registers.api.urls")),
    path("analytics/", include("analytics.api.urls")),
    path("policies/", include("policies.api.urls")),
    path("etisc/", include("etisc.api.urls")),
    path("tisc/", include("tisc.api.urls")),
    path("programmes/", include("programmes.api.urls")),
    path("learning/", include("learning.api.urls")),
    path("search/", include("inspire.search.api.urls")),
    path("usage/", include("inspire.usage.api.urls")),
]

urlpatterns += [path("auth/token/", ObtainTokenView.as_view(), name="token")]
