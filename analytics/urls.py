from django.urls import path

from analytics import views

app_name = "analytics"

urlpatterns = [
    path("", views.index, name="index"),
    path("reports/<slug:slug>/", views.report_detail, name="report_detail"),
    path("reports/<slug:slug>/download/", views.report_download, name="report_download"),
    path("reports/<slug:slug>/upload/", views.report_upload, name="report_upload"),
    path("guides/", views.guides, name="guides"),
    path("publishers/", views.publisher_list, name="publisher_list"),
    path("publishers/<slug:slug>/", views.publisher_detail, name="publisher_detail"),
]
