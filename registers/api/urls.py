from django.urls import path
from rest_framework.routers import DefaultRouter

from registers.api.check import NumberCheckView
from registers.api.views import JurisdictionViewSet, MapDataView, ResourceViewSet

app_name = "registers-api"

router = DefaultRouter()
router.register("jurisdictions", JurisdictionViewSet, basename="jurisdiction")
router.register("resources", ResourceViewSet, basename="resource")
urlpatterns = [
    path("map/", MapDataView.as_view(), name="map"),
    path("check/", NumberCheckView.as_view(), name="check"),
    *router.urls,
]
