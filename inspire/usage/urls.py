from django.urls import path

from inspire.usage import views

app_name = "usage"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("<slug:slug>.csv", views.table_csv, name="table-csv"),
]
