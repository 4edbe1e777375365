from rest_framework.routers import DefaultRouter

app_name = "databases-api"

router = DefaultRouter()
urlpatterns = router.urls
