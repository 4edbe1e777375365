from rest_framework.routers import DefaultRouter

app_name = "policies-api"

router = DefaultRouter()
urlpatterns = router.urls
