from rest_framework.routers import DefaultRouter

from analytics.api.views import GuideViewSet, PublisherViewSet, ReportViewSet, TechnologyFieldViewSet

app_name = "analytics-api"

router = DefaultRouter()
router.register("reports", ReportViewSet, basename="report")
router.register("publishers", PublisherViewSet, basename="publisher")
router.register("fields", TechnologyFieldViewSet, basename="field")
router.register("guides", GuideViewSet, basename="guide")
urlpatterns = router.urls
