from django.urls import path

from tisc.views import dashboards, directory, projects, records, reports, workspace

app_name = "tisc"

urlpatterns = [
    path("", directory.index, name="index"),
    path("institutions/", directory.institutions, name="institutions"),
    path("institutions/<slug:slug>/", directory.institution, name="institution"),
    path("networks/<slug:slug>/", directory.network, name="network"),
    path("networks/<slug:slug>/dashboard/", dashboards.network_dashboard, name="network_dashboard"),
    path("workspace/", workspace.home, name="workspace"),
    path("workspace/all-networks/", dashboards.programme_dashboard, name="programme_dashboard"),
    path("workspace/institutions/<slug:slug>/", records.record, name="record"),
    path(
        "workspace/institutions/<slug:slug>/dashboard/", dashboards.institution_dashboard, name="institution_dashboard"
    ),
    path("workspace/institutions/<slug:slug>/upload/", records.upload, name="upload"),
    path("workspace/upload-template/<slug:kind>.csv", records.upload_template, name="upload_template"),
    path("workspace/requests/<int:pk>/edit/", records.request_edit, name="request_edit"),
    path("workspace/requests/<int:pk>/delete/", records.request_delete, name="request_delete"),
    path("workspace/trainings/<int:pk>/edit/", records.training_edit, name="training_edit"),
    path("workspace/trainings/<int:pk>/delete/", records.training_delete, name="training_delete"),
    path("workspace/networks/<slug:slug>/project/", projects.project, name="project"),
    path("workspace/networks/<slug:slug>/project/edit/", projects.project_edit, name="project_edit"),
    path("workspace/networks/<slug:slug>/people/", workspace.people, name="people"),
    path("workspace/roles/<int:pk>/remove/", workspace.people_remove, name="people_remove"),
    path("workspace/projects/<int:project_pk>/indicators/new/", projects.indicator_edit, name="indicator_new"),
    path("workspace/projects/<int:project_pk>/indicators/<int:pk>/", projects.indicator_edit, name="indicator_edit"),
    path("workspace/indicators/<int:pk>/delete/", projects.indicator_delete, name="indicator_delete"),
    path("workspace/projects/<int:project_pk>/activities/new/", projects.activity_edit, name="activity_new"),
    path("workspace/projects/<int:project_pk>/activities/<int:pk>/", projects.activity_edit, name="activity_edit"),
    path("workspace/activities/<int:pk>/delete/", projects.activity_delete, name="activity_delete"),
    path("workspace/reports/", reports.reports, name="reports"),
    path("workspace/reports/<int:pk>/", reports.report, name="report"),
    path("workspace/reports/<int:pk>/print/", reports.report_print, name="report_print"),
    path("workspace/reports/<int:pk>/report.csv", reports.report_csv, name="report_csv"),
]
