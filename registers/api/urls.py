from rest_framework.routers import DefaultRouter

app_name = "registers-api"

router = DefaultRouter()
urlpatterns = router.urls
