"""A member's notifications and notification preferences."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from etisc import selectors, services
from etisc.forms import (
    PreferenceForm,
)
from etisc.models import (
    NotificationPreference,
)
from inspire.sections import section_trail


@login_required
@require_http_methods(["GET", "POST"])
def notifications(request):
    if request.method == "POST":
        services.notifications_mark_read(user=request.user)
        return redirect("etisc:notifications")
    page_obj = Paginator(selectors.notifications_for(user=request.user), 30).get_page(request.GET.get("page"))
    context = {"page_obj": page_obj, "trail": section_trail("etisc", ("", _("Notifications")))}
    return render(request, "etisc/notifications.html", context)


@login_required
@require_safe
def notification_open(request, pk: int):
    notification = get_object_or_404(request.user.etisc_notifications, pk=pk)
    services.notifications_mark_read(user=request.user, notification_ids=[notification.pk])
    return redirect(notification.url)


@login_required
@require_http_methods(["GET", "POST"])
def preferences(request):
    preference = NotificationPreference.objects.filter(user=request.user).first() or NotificationPreference()
    form = PreferenceForm(request.POST or None, instance=preference)
    if request.method == "POST" and form.is_valid():
        values = {field: form.cleaned_data[field] for field in form.Meta.fields}
        services.preference_update(user=request.user, **values)
        messages.success(request, _("Notification settings saved."))
        return redirect("etisc:preferences")
    context = {
        "form": form,
        "trail": section_trail("etisc", (reverse("etisc:notifications"), _("Notifications")), ("", _("Settings"))),
    }
    return render(request, "etisc/preferences.html", context, status=400 if form.errors else 200)
