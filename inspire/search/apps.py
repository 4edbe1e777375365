from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "inspire.search"
    label = "search"
    verbose_name = "Site-wide search"

    def ready(self):
        from inspire.search import signals

        signals.connect_providers()
