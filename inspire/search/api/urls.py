from django.urls import path

from inspire.search.api.views import SearchView

app_name = "search-api"

urlpatterns = [path("", SearchView.as_view(), name="search")]
