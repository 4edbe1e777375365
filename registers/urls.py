from django.urls import path

from registers import views

app_name = "registers"

urlpatterns = [
    path("", views.index, name="index"),
    path("map/", views.world_map, name="map"),
    path("link-health/", views.link_health, name="link_health"),
    path("<str:code>/", views.detail, name="detail"),
]
