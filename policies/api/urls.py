from rest_framework.routers import DefaultRouter

from policies.api import views

app_name = "policies-api"

router = DefaultRouter()
router.register("institutions", views.InstitutionViewSet, basename="institution")
router.register("policies", views.PolicyViewSet, basename="policy")
router.register("national-versions", views.NationalVersionViewSet, basename="national-version")
router.register("regional-versions", views.RegionalVersionViewSet, basename="regional-version")
router.register("checklist", views.ChecklistViewSet, basename="checklist")
router.register("drafts", views.PolicyDraftViewSet, basename="draft")
urlpatterns = router.urls
