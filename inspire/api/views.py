from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from drf_spectacular.utils import extend_schema
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.decorators import api_view
from rest_framework.response import Response
from rest_framework.reverse import reverse

from inspire.api.throttling import AnonRateThrottle, FailedLoginsThrottle, ScopedRateThrottle
from inspire.sections import SECTIONS


@extend_schema(exclude=True)
@api_view(["GET"])
def api_root(request):
    """Entry point of API v1: one link per section, plus the schema and its docs."""
    links = {section.app_label: request.build_absolute_uri(f"/api/v1/{section.app_label}/") for section in SECTIONS}
    links["schema"] = reverse("schema", request=request)
    links["docs"] = reverse("api-docs", request=request)
    return Response(links)


# The answer is a credential: no browser or proxy may keep a copy.
@method_decorator(never_cache, name="dispatch")
class ObtainTokenView(ObtainAuthToken):
    """Exchange a username and password for the API token shown on the profile page."""

    throttle_scope = "writes"
    throttle_classes = [ScopedRateThrottle, AnonRateThrottle, FailedLoginsThrottle]
