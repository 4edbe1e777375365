from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "inspire.accounts"
    label = "accounts"
    verbose_name = "Accounts"

    def ready(self):
        from inspire.accounts import receivers  # noqa: F401  (counts failed sign-ins per address)
