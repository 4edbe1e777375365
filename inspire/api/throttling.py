"""DRF's throttles, identifying anonymous clients by inspire.clientip like every other per-IP limit."""

from rest_framework import throttling

from inspire.clientip import client_ip
from inspire.ratelimit import rate_limit_reached, site_limit


class ClientIPIdentMixin:
    def get_ident(self, request):
        return client_ip(request)


class AnonRateThrottle(ClientIPIdentMixin, throttling.AnonRateThrottle):
    pass


class UserRateThrottle(ClientIPIdentMixin, throttling.UserRateThrottle):
    pass


class ScopedRateThrottle(ClientIPIdentMixin, throttling.ScopedRateThrottle):
    pass


class FailedLoginsThrottle(throttling.BaseThrottle):
    """The sign-in page's per-address limit on failed sign-ins, for the API token endpoint."""

    def allow_request(self, request, view):
        return not rate_limit_reached(request=request, action="login", limit=site_limit("login"))

    def wait(self):
        return site_limit("login")[1]
