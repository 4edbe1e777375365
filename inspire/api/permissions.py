from rest_framework import permissions
from rest_framework.exceptions import NotAuthenticated
from rest_framework.request import Request

from inspire.accounts.models import User, is_curator


def signed_in_user(request: Request) -> User:
    """The caller of an action that needs sign-in (its permission has already let only them through)."""
    user = request.user
    if not user.is_authenticated:
        raise NotAuthenticated
    return user


class IsCuratorOrReadOnly(permissions.BasePermission):
    """Anyone reads; curators and staff write."""

    def has_permission(self, request, view):
        if request.method in permissions.SAFE_METHODS:
            return True
        return is_curator(request.user)
