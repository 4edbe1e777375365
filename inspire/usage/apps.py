from django.apps import AppConfig


class UsageConfig(AppConfig):
    name = "inspire.usage"
    label = "usage"
    verbose_name = "Usage analytics"

    def ready(self):
        from inspire.usage import receivers  # noqa: F401  (connects the download receiver)
