from django.urls import path

from registers import check, views

app_name = "registers"

urlpatterns = [
    path("", views.index, name="index"),
    path("map/", views.world_map, name="map"),
    path("link-health/", views.link_health, name="link_health"),
    path("check/", check.check_number, name="check"),
    path("<str:code>/", views.detail, name="detail"),
]
