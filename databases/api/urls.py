from rest_framework.routers import DefaultRouter

from databases.api.views import PatentDatabaseViewSet

app_name = "databases-api"

router = DefaultRouter()
router.register("databases", PatentDatabaseViewSet, basename="database")
urlpatterns = router.urls
