app_name = "tisc"
urlpatterns = []
