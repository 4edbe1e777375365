import functools

from django.contrib import admin, messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme, urlsafe_base64_decode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from rest_framework.authtoken.models import Token

from inspire.accounts import services
from inspire.accounts.forms import ProfileForm, SignUpForm
from inspire.accounts.models import User
from inspire.accounts.tokens import activation_token
from inspire.ratelimit import RateLimited, rate_limit_reached, site_limit
from inspire.views import too_many_requests


def failed_logins_limited(view):
    """Refuse sign-in attempts from an address that failed too often, across all usernames."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        limit = site_limit("login")
        if request.method == "POST" and rate_limit_reached(request=request, action="login", limit=limit):
            return too_many_requests(request, RateLimited(retry_after=limit[1]))
        return view(request, *args, **kwargs)

    return wrapped


sign_in = failed_logins_limited(auth_views.LoginView.as_view())
admin_sign_in = failed_logins_limited(admin.site.login)


def _safe_next(request) -> str:
    """The `next` address asked for, when it stays on this site; anything else is dropped, so neither
    our redirects nor the links we e-mail can send anyone to another site."""
    target = request.POST.get("next") or request.GET.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return ""


@require_http_methods(["GET", "POST"])
def signup(request):
    next_url = _safe_next(request)
    if request.user.is_authenticated:
        return redirect(next_url or "profile")
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.user_sign_up(**form.cleaned_data, next_url=next_url)
        return redirect("signup-done")
    return render(request, "accounts/signup.html", {"form": form, "next": next_url})


@require_safe
def signup_done(request):
    return render(request, "accounts/signup_done.html")


def _user_from_uid(uidb64: str) -> User | None:
    try:
        return User.objects.get(pk=urlsafe_base64_decode(uidb64).decode())
    except (TypeError, ValueError, OverflowError, User.DoesNotExist):
        return None


@require_http_methods(["GET", "POST"])
def activate(request, uidb64: str, token: str):
    """The link from the sign-up e-mail. Activating takes a click (POST): mail scanners that open
    links must not sign anyone in. The link may carry the page the user signed up from, as `next`."""
    user = _user_from_uid(uidb64)
    valid = user is not None and activation_token.check_token(user, token)
    next_url = _safe_next(request)
    if valid and request.method == "POST":
        services.user_activate(user=user)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome! Your account is ready."))
        return redirect(next_url or "profile")
    return render(request, "accounts/activate.html", {"validlink": valid, "next": next_url})


# The page shows the API token: no browser or proxy may keep a copy.
@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        services.user_profile_update(user=request.user, **{name: form.cleaned_data[name] for name in form.changed_data})
        messages.success(request, _("Your profile was saved."))
        return redirect("profile")
    token = Token.objects.filter(user=request.user).first()
    return render(request, "accounts/profile.html", {"form": form, "api_token": token})


@login_required
@require_POST
def api_token_regenerate(request):
    services.api_token_regenerate(user=request.user)
    messages.success(request, _("A new API token was created. The old one no longer works."))
    return redirect("profile")
