from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from inspire.content_loading import content_loaders


class Command(BaseCommand):
    help = "Load or refresh the curated content of every app. Idempotent: a second run changes nothing."

    def add_arguments(self, parser):
        parser.add_argument("--only", nargs="*", metavar="APP", help="App labels to load (default: all).")

    def handle(self, *args, only=None, **options):
        loaders = dict(content_loaders())
        unknown = set(only or []) - set(loaders)
        if unknown:
            raise CommandError(f"No content for: {', '.join(sorted(unknown))}. Known: {', '.join(loaders)}")
        for label, load in loaders.items():
            if only and label not in only:
                continue
            with transaction.atomic():
                summary = load()
            self.stdout.write(f"{label}: {summary}")
