from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from inspire.accounts.models import User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ["username", "email", "organization", "country", "role", "is_staff", "is_active"]
    list_filter = ["role", "is_staff", "is_active", "country"]
    search_fields = ["username", "email", "first_name", "last_name", "organization"]
    fieldsets = (*BaseUserAdmin.fieldsets, (_("INSPIRE profile"), {"fields": ("organization", "country", "role")}))
