from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "inspire.accounts"
    label = "accounts"
    verbose_name = "Accounts"
