from django.contrib.auth.signals import user_login_failed
from django.dispatch import receiver

from inspire.ratelimit import rate_limit_count, site_limit


@receiver(user_login_failed, dispatch_uid="inspire.accounts.count_failed_login")
def count_failed_login(sender, credentials, request=None, **kwargs) -> None:
    """Every failed sign-in (page, admin, API token) counts towards its address's "login" limit, whatever
    the username: guessing across many accounts is refused once the address has used it up."""
    if request is not None:
        rate_limit_count(request=request, action="login", limit=site_limit("login"))
