from django.urls import path

from policies import views

app_name = "policies"

urlpatterns = [
    path("", views.index, name="index"),
    path("institutions/<slug:slug>/", views.institution, name="institution"),
    path("policy/<int:pk>/", views.policy, name="policy"),
    path("compare/", views.compare, name="compare"),
    path("countries/<str:code>/", views.country, name="country"),
    path("toolkit/", views.toolkit, name="toolkit"),
    path("writer/", views.writer, name="writer"),
    path("writer/<int:pk>/", views.draft, name="draft"),
    path("writer/<int:pk>/step/<slug:step>/", views.draft_step, name="draft-step"),
    path("writer/<int:pk>/preview/", views.draft_preview, name="draft-preview"),
    path("writer/<int:pk>/download.<str:extension>", views.draft_download, name="draft-download"),
    path("writer/<int:pk>/delete/", views.draft_delete, name="draft-delete"),
]
