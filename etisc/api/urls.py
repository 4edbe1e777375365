from rest_framework.routers import DefaultRouter

from etisc.api import views

app_name = "etisc-api"

router = DefaultRouter()
router.register("groups", views.GroupViewSet, basename="group")
router.register("topics", views.TopicViewSet, basename="topic")
router.register("posts", views.PostViewSet, basename="post")
router.register("sessions", views.ExpertSessionViewSet, basename="session")
router.register("questions", views.QuestionViewSet, basename="question")
router.register("events", views.EventViewSet, basename="event")
urlpatterns = router.urls
