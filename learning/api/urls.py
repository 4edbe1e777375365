from django.urls import path
from rest_framework.routers import DefaultRouter

from learning.api.views import LearnerProgressView, PathViewSet, ProgressView, ResourceViewSet, TeamProgressView

app_name = "learning-api"

router = DefaultRouter()
router.register("resources", ResourceViewSet, basename="resource")
router.register("paths", PathViewSet, basename="path")
urlpatterns = [
    path("progress/", ProgressView.as_view(), name="progress"),
    path("progress/<str:username>/", LearnerProgressView.as_view(), name="learner-progress"),
    path("team/", TeamProgressView.as_view(), name="team"),
    *router.urls,
]
