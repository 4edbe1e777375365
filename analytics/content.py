"""Loads the curated report catalogue (analytics/data/catalogue.py). Upserts by slug or code, so a
second run changes nothing."""

from datetime import date

from analytics.data import catalogue
from analytics.models import Language, Publisher, Region, Report, TechnologyField


def load() -> str:
    reviewed_on = date.fromisoformat(catalogue.REVIEWED_ON)
    for code, name in catalogue.LANGUAGES:
        Language.objects.update_or_create(code=code, defaults={"name": name})

    fields = {}
    for slug, name, parent_slug, description in catalogue.FIELDS:
        fields[slug], _ = TechnologyField.objects.update_or_create(
            slug=slug,
            defaults={"name": name, "parent": fields.get(parent_slug), "description": description},
        )

    publishers = {}
    for entry in catalogue.PUBLISHERS:
        defaults = {key: value for key, value in entry.items() if key != "slug"}
        publishers[entry["slug"]], _ = Publisher.objects.update_or_create(
            slug=entry["slug"], defaults={**defaults, "reviewed_on": reviewed_on}
        )

    reports = {}
    for entry in catalogue.REPORTS:
        report, _ = Report.objects.update_or_create(
            slug=entry["slug"],
            defaults={
                "title": entry["title"],
                "series": entry["series"],
                "publisher": publishers[entry["publisher"]],
                "prepared_with": entry.get("prepared_with", ""),
                "publication_year": entry.get("publication_year"),
                "edition": entry.get("edition", 1),
                "previous_edition": reports.get(entry.get("previous_edition")),
                "classes": entry.get("classes", ""),
                "region": entry.get("region", Region.GLOBAL),
                "countries": entry.get("countries", []),
                "summary": entry["summary"],
                "landing_url": entry.get("landing_url", ""),
                "source_url": entry["source_url"],
                "reviewed_on": date.fromisoformat(entry.get("reviewed_on", catalogue.REVIEWED_ON)),
            },
        )
        report.full_clean()
        report.fields.set(fields[slug] for slug in entry["fields"])
        report.languages.set(entry.get("languages", []))
        reports[entry["slug"]] = report

    return (
        f"{len(reports)} reports from {len(publishers)} publishers in {len(fields)} technology fields, "
        f"{len(catalogue.LANGUAGES)} languages"
    )
