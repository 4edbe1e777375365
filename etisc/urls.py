from django.urls import path

from etisc import views

app_name = "etisc"

urlpatterns = [
    path("", views.index, name="index"),
]
