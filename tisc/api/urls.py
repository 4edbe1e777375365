app_name = "tisc-api"
urlpatterns = []
