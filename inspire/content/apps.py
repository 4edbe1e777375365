from django.apps import AppConfig


class ContentConfig(AppConfig):
    name = "inspire.content"
    label = "content"
    verbose_name = "Curated content"
