from django.urls import path

from programmes.api.views import EligibilityView, ProgrammeViewSet, StatisticList

app_name = "programmes-api"

urlpatterns = [
    path("", ProgrammeViewSet.as_view({"get": "list"}), name="programme-list"),
    path("eligibility/", EligibilityView.as_view(), name="eligibility"),
    path("statistics/", StatisticList.as_view(), name="statistics"),
    path("<slug:slug>/", ProgrammeViewSet.as_view({"get": "retrieve"}), name="programme-detail"),
]
