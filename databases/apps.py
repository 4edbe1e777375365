from django.apps import AppConfig


class DatabasesConfig(AppConfig):
    name = "databases"

    def ready(self) -> None:
        from databases.models import Coverage, DatabaseFeature, PatentDatabase
        from databases.selectors import CONTENT_VERSION_KEY
        from inspire.cache import retire_on_change

        retire_on_change(CONTENT_VERSION_KEY, PatentDatabase, DatabaseFeature, Coverage)
