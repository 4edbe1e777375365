from django.apps import AppConfig


class UsageConfig(AppConfig):
    name = "inspire.usage"
    label = "usage"
    verbose_name = "Usage analytics"
