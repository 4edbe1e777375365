from django.apps import AppConfig


class EtiscConfig(AppConfig):
    name = "etisc"
    verbose_name = "eTISC"
