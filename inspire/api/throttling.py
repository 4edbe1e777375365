"""DRF's throttles, identifying anonymous clients by inspire.clientip like every other per-IP limit."""

from rest_framework import throttling

from inspire.clientip import client_ip


class ClientIPIdentMixin:
    def get_ident(self, request):
        return client_ip(request)


class AnonRateThrottle(ClientIPIdentMixin, throttling.AnonRateThrottle):
    pass


class UserRateThrottle(ClientIPIdentMixin, throttling.UserRateThrottle):
    pass


class ScopedRateThrottle(ClientIPIdentMixin, throttling.ScopedRateThrottle):
    pass
