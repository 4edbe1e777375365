from django.urls import path
from rest_framework import routers
from rest_framework.permissions import IsAdminUser

from inspire.usage.api import views


class UsageRootView(routers.APIRootView):
    """Usage analytics for staff: daily, monthly and yearly roll-ups and the dashboard summary."""

    permission_classes = [IsAdminUser]


class UsageRouter(routers.DefaultRouter):
    APIRootView = UsageRootView


app_name = "usage-api"

router = UsageRouter()
router.register("daily", views.DailyRollupViewSet, basename="daily")
router.register("monthly", views.MonthlyRollupViewSet, basename="monthly")
router.register("yearly", views.YearlyRollupViewSet, basename="yearly")

urlpatterns = [path("summary/", views.SummaryView.as_view(), name="summary"), *router.urls]
