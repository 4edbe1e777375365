from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from inspire.content.errors import ContentInvalid
from inspire.content.registry import app_contents
from inspire.content.seeding import Seeder
from inspire.search.services import index_rebuild
from inspire.search.signals import syncing_paused


class Command(BaseCommand):
    help = (
        "Seed the curated content of every app from its files. Creates missing entries and updates a field "
        "only while it still holds what was last loaded; curators' edits are kept and listed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--only", nargs="*", metavar="APP", help="App labels to load (default: all).")
        parser.add_argument("--force", action="store_true", help="Overwrite curators' edits with the files.")
        parser.add_argument(
            "--adopt",
            action="store_true",
            help="Once, when upgrading: rows loaded before load records were kept take the files' values.",
        )
        parser.add_argument(
            "--prune",
            action="store_true",
            help="Delete rows whose entries are gone from the files, unless a curator changed or relies on them.",
        )

    def handle(self, *args, only=None, force=False, adopt=False, prune=False, **options):
        contents = {content.label: content for content in app_contents()}
        unknown = set(only or []) - set(contents)
        if unknown:
            raise CommandError(f"No content for: {', '.join(sorted(unknown))}. Known: {', '.join(contents)}")
        seeder = Seeder(force=force, adopt=adopt, prune=prune)
        try:
            with syncing_paused() as touched, transaction.atomic():
                for label, content in contents.items():
                    if not only or label in only:
                        self.stdout.write(f"{label}: {content.load(seeder)}")
                seeder.report_vanished()
                # Only the kinds of entry this load changed are re-indexed: a deploy that edits one
                # policy must not re-index a forum of a million posts.
                if touched:
                    documents = index_rebuild(kinds=touched)
                    self.stdout.write(f"search: {documents} documents re-indexed ({', '.join(sorted(touched))})")
                else:
                    self.stdout.write("search: nothing changed, index kept")
        except ContentInvalid as invalid:
            raise CommandError(f"nothing was loaded; fix the content files first:\n{invalid}") from None
        for line in seeder.report.lines():
            self.stdout.write(line)
        created, updated = sum(seeder.report.created.values()), sum(seeder.report.updated.values())
        self.stdout.write(
            f"{created} created, {updated} updated, {len(seeder.report.conflicts)} curator edits kept, "
            f"{len(seeder.report.vanished)} entries no longer in the files, {len(seeder.report.pruned)} deleted"
        )
