from django.urls import path

from learning import views

app_name = "learning"

urlpatterns = [
    path("", views.index, name="index"),
    path("paths/", views.paths, name="paths"),
    path("paths/<slug:slug>/", views.path, name="path"),
    path("paths/<slug:slug>/steps/<int:position>/", views.step, name="step"),
    path("progress/", views.my_progress, name="progress"),
    path("team/", views.team, name="team"),
    path("team/<str:username>/", views.member_progress, name="member_progress"),
    path("<slug:slug>/", views.resource, name="resource"),
]
