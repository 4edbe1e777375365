import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from inspire.usage.services import synthetic_traffic_create, synthetic_traffic_delete
from inspire.usage.synthetic import synthetic_events


class Command(BaseCommand):
    help = (
        "Generate clearly synthetic usage traffic (marked is_synthetic, example.* referrers, 'Synthetic report N') "
        "for demos and benchmarks, and roll it up. --delete removes it again and rebuilds the roll-ups of its days "
        "from the events that remain."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=90, help="Number of days, ending on --end (default 90).")
        parser.add_argument("--visitors-per-day", type=int, default=200, help="Weekday visitors at the end.")
        parser.add_argument("--end", type=datetime.date.fromisoformat, help="Last day, YYYY-MM-DD (default today).")
        parser.add_argument("--seed", type=int, default=1, help="Random seed: the same seed gives the same traffic.")
        parser.add_argument("--delete", action="store_true", help="Delete all synthetic events instead.")

    def handle(self, *args, days, visitors_per_day, end, seed, delete, **options):
        if delete:
            self.stdout.write(f"Deleted {synthetic_traffic_delete()} synthetic events.")
            return
        if days < 1 or visitors_per_day < 1:
            raise CommandError("--days and --visitors-per-day must be at least 1.")
        end = end or timezone.now().date()
        first_day = end - datetime.timedelta(days=days - 1)
        created = synthetic_traffic_create(
            events=synthetic_events(first_day=first_day, days=days, visitors_per_day=visitors_per_day, seed=seed)
        )
        self.stdout.write(f"Created {created} synthetic events from {first_day} to {end} and rolled them up.")
