from django.apps import AppConfig


class AnalyticsConfig(AppConfig):
    name = "analytics"

    def ready(self) -> None:
        from analytics.models import Language, Publisher, Report, TechnologyField
        from analytics.selectors import CONTENT_VERSION_KEY
        from inspire.cache import retire_on_change

        retire_on_change(CONTENT_VERSION_KEY, Report, Publisher, TechnologyField, Language)
