from django.contrib.auth import views as auth_views
from django.urls import include, path

from inspire.accounts import views
from inspire.accounts.forms import QueuedPasswordResetForm

urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path("signup/done/", views.signup_done, name="signup-done"),
    path("activate/<uidb64>/<token>/", views.activate, name="activate"),
    path("login/", views.sign_in, name="login"),
    path("profile/", views.profile, name="profile"),
    path("profile/api-token/", views.api_token_regenerate, name="api-token-regenerate"),
    path(
        "password_reset/",
        auth_views.PasswordResetView.as_view(form_class=QueuedPasswordResetForm),
        name="password_reset",
    ),
    path("", include("django.contrib.auth.urls")),
]
