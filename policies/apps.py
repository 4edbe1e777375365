from django.apps import AppConfig


class PoliciesConfig(AppConfig):
    name = "policies"

    def ready(self) -> None:
        from inspire.cache import retire_on_change
        from policies.models import Institution, Policy
        from policies.selectors import CONTENT_VERSION_KEY

        retire_on_change(CONTENT_VERSION_KEY, Institution, Policy)
