from django.apps import AppConfig


class InspireConfig(AppConfig):
    name = "inspire"
    verbose_name = "INSPIRE hub"
