from django.urls import path
from rest_framework.routers import DefaultRouter

from tisc.api.directory import InstitutionViewSet, NetworkViewSet, programme_dashboard
from tisc.api.workspace import ReportViewSet, ServiceRequestViewSet, TrainingViewSet

app_name = "tisc-api"

router = DefaultRouter()
router.register("networks", NetworkViewSet, basename="network")
router.register("institutions", InstitutionViewSet, basename="institution")
router.register("service-requests", ServiceRequestViewSet, basename="service-request")
router.register("trainings", TrainingViewSet, basename="training")
router.register("reports", ReportViewSet, basename="report")
urlpatterns = [path("dashboard/", programme_dashboard, name="dashboard"), *router.urls]
