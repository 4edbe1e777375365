from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TiscConfig(AppConfig):
    name = "tisc"
    verbose_name = _("TISC networks")
