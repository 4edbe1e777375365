from django.core.management.base import BaseCommand, CommandError

from inspire.content.registry import app_contents


class Command(BaseCommand):
    help = "Validate every curated content file against its schema; print file:line: message per error."

    def handle(self, *args, **options):
        errors = [error for content in app_contents() for error in content.check()]
        for error in sorted(errors):
            self.stderr.write(str(error))
        if errors:
            raise CommandError(f"{len(errors)} error(s) in content files")
        self.stdout.write("content files are valid")
