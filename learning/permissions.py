"""Who may see a learner's progress: the learner, and a coordinator who follows them. Nobody else,
staff included, sees it on the site or through the API."""

from inspire.accounts.models import User
from learning.models import Coordination


def can_view_progress(viewer: User, learner: User) -> bool:
    if not viewer.is_authenticated:
        return False
    if viewer.pk == learner.pk:
        return True
    return Coordination.objects.filter(coordinator=viewer, member=learner).exists()


def is_coordinator(user: User) -> bool:
    return user.is_authenticated and Coordination.objects.filter(coordinator=user).exists()
