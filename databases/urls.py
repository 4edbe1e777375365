from django.urls import path

from databases import views

app_name = "databases"

urlpatterns = [
    path("", views.index, name="index"),
]
