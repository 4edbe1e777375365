"""Every write to the report catalogue goes through here."""

from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from django.core.files import File
from django.db import transaction
from django.db.models import F
from django.utils.text import slugify

from analytics.models import Guide, Language, Publisher, Region, Report, ReportDownload, Series, TechnologyField
from inspire.content.seeding import Seeder
from inspire.services import model_update

if TYPE_CHECKING:
    from analytics.content.schema import FieldRow, GuideEntry, LanguageRow, PublisherEntry, ReportEntry

# Fields a report update may change; relations are set separately after saving.
UPDATABLE_FIELDS = {
    "title",
    "series",
    "publisher",
    "prepared_with",
    "publication_year",
    "edition",
    "previous_edition",
    "classes",
    "region",
    "countries",
    "summary",
    "landing_url",
    "pdf",
    "cover_image",
    "is_published",
    "source_url",
    "reviewed_on",
}


def _unique_slug(title: str, *, exclude_pk: int | None = None) -> str:
    base = slugify(title)[:190] or "report"
    slug, number = base, 2
    others = Report.objects.exclude(pk=exclude_pk) if exclude_pk else Report.objects.all()
    while others.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


@transaction.atomic
def report_create(
    *,
    title: str,
    publisher: Publisher,
    source_url: str,
    reviewed_on: date,
    series: str = Series.PLR,
    slug: str = "",
    prepared_with: str = "",
    publication_year: int | None = None,
    edition: int = 1,
    previous_edition: Report | None = None,
    fields: Iterable[TechnologyField] = (),
    languages: Iterable[Language] = (),
    classes: str = "",
    region: str = Region.GLOBAL,
    countries: Iterable[str] = (),
    summary: str = "",
    landing_url: str = "",
    pdf: File | None = None,
    cover_image: File | None = None,
    is_published: bool = True,
) -> Report:
    report = Report(
        title=title,
        slug=slug or _unique_slug(title),
        series=series,
        publisher=publisher,
        prepared_with=prepared_with,
        publication_year=publication_year,
        edition=edition,
        previous_edition=previous_edition,
        classes=classes,
        region=region,
        countries=list(countries),
        summary=summary,
        landing_url=landing_url,
        is_published=is_published,
        source_url=source_url,
        reviewed_on=reviewed_on,
    )
    if pdf is not None:
        report.pdf = pdf
    if cover_image is not None:
        report.cover_image = cover_image
    report.full_clean()
    report.save()
    report.fields.set(fields)
    report.languages.set(languages)
    return report


@transaction.atomic
def report_update(
    *,
    report: Report,
    changes: Mapping[str, Any],
    fields: Iterable[TechnologyField] | None = None,
    languages: Iterable[Language] | None = None,
) -> Report:
    model_update(instance=report, data=changes, editable=UPDATABLE_FIELDS)
    if fields is not None:
        report.fields.set(fields)
    if languages is not None:
        report.languages.set(languages)
    return report


@transaction.atomic
def report_pdf_attach(*, report: Report, pdf: File) -> Report:
    """Replace a report's PDF; the old file is removed from storage once the new one is saved."""
    old_name = report.pdf.name if report.pdf else ""
    report.pdf = pdf
    report.full_clean()
    report.save(update_fields=["pdf", "updated_at"])
    if old_name and old_name != report.pdf.name:
        storage = report.pdf.storage
        transaction.on_commit(lambda: storage.delete(old_name))
    return report


@transaction.atomic
def report_download_record(*, report: Report, served: str) -> int:
    """Count one download (callers have already excluded bots). Returns the new total."""
    event = ReportDownload(report=report, served=served)
    event.full_clean()
    event.save()
    # F() keeps concurrent downloads from overwriting each other's increments.
    Report.objects.filter(pk=report.pk).update(download_count=F("download_count") + 1)
    report.refresh_from_db(fields=["download_count"])
    return report.download_count


# Seeding from the content files (see inspire.content.seeding): each returns None when a curator
# deleted the row, and the deletion stands.


@transaction.atomic
def language_seed(*, entry: "LanguageRow", seeder: Seeder) -> Language | None:
    return seeder.seed(
        Language, key=f"analytics/languages/{entry.code}", lookup={"code": entry.code}, values={"name": entry.name}
    )


@transaction.atomic
def technology_field_seed(
    *, entry: "FieldRow", parent: TechnologyField | None, seeder: Seeder
) -> TechnologyField | None:
    return seeder.seed(
        TechnologyField,
        key=f"analytics/fields/{entry.slug}",
        lookup={"slug": entry.slug},
        values={"name": entry.name, "parent": parent, "description": entry.description},
    )


@transaction.atomic
def publisher_seed(*, slug: str, entry: "PublisherEntry", seeder: Seeder) -> Publisher | None:
    values = entry.model_dump(exclude={"source", "website_url"})
    values.update(source_url=entry.source, website_url=entry.website_url or "")
    return seeder.seed(Publisher, key=f"analytics/publishers/{slug}", lookup={"slug": slug}, values=values)


@transaction.atomic
def report_seed(
    *,
    slug: str,
    entry: "ReportEntry",
    publisher: Publisher,
    previous_edition: Report | None,
    fields: list[TechnologyField],
    languages: list[Language],
    seeder: Seeder,
) -> Report | None:
    values = {
        "title": entry.title,
        "series": entry.series,
        "publisher": publisher,
        "prepared_with": entry.prepared_with,
        "publication_year": entry.publication_year,
        "edition": entry.edition,
        "previous_edition": previous_edition,
        "classes": "; ".join(entry.classes),
        "region": entry.region,
        # The field stores countries sorted; sorting here keeps a reload from seeing a change.
        "countries": sorted(entry.countries),
        "summary": entry.summary,
        "landing_url": entry.landing_url or "",
        "is_published": entry.is_published,
        "source_url": entry.source,
        "reviewed_on": entry.reviewed_on,
    }
    return seeder.seed(
        Report,
        key=f"analytics/reports/{slug}",
        lookup={"slug": slug},
        values=values,
        many={"fields": fields, "languages": languages},
    )


@transaction.atomic
def guide_seed(*, slug: str, entry: "GuideEntry", languages: list[Language], seeder: Seeder) -> Guide | None:
    return seeder.seed(
        Guide,
        key=f"analytics/guides/{slug}",
        lookup={"slug": slug},
        values={
            "title": entry.title,
            "publisher": entry.publisher,
            "year": entry.year,
            "url": entry.url,
            "summary": entry.summary,
            "source_url": entry.source,
            "reviewed_on": entry.reviewed_on,
        },
        many={"languages": languages},
    )
