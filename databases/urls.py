from django.urls import path

from databases import views

app_name = "databases"

urlpatterns = [
    path("", views.index, name="index"),
    path("compare/", views.compare, name="compare"),
    path("finder/", views.finder, name="finder"),
    path("<slug:slug>/", views.detail, name="detail"),
    path("<slug:slug>/map/", views.coverage_map, name="coverage_map"),
    path("<slug:slug>/rate/", views.rate, name="rate"),
    path("<slug:slug>/comment/", views.comment, name="comment"),
    path("<slug:slug>/follow/", views.follow, name="follow"),
]
