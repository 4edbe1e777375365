from rest_framework.routers import DefaultRouter

app_name = "analytics-api"

router = DefaultRouter()
urlpatterns = router.urls
