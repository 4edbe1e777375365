from django.core.management.base import BaseCommand

from inspire.search.services import index_rebuild


class Command(BaseCommand):
    help = "Rebuild the site-wide search index from every app's content."

    def handle(self, *args, **options):
        self.stdout.write(f"Indexed {index_rebuild()} documents.")
