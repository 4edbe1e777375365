from rest_framework.routers import DefaultRouter

app_name = "etisc-api"

router = DefaultRouter()
urlpatterns = router.urls
