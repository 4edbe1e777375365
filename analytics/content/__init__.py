"""The curated report catalogue, read from `languages.csv`, `fields.csv`, `publishers/<slug>.yaml` and
`reports/<slug>.yaml`, and the methodology guides beside it (`guides/<slug>.yaml`), seeded through
`analytics.services`."""

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from analytics.content.schema import SLUG_PATTERN, FieldRow, GuideEntry, LanguageRow, PublisherEntry, ReportEntry
from inspire.content.admin import place
from inspire.content.errors import ContentError, ContentInvalid
from inspire.content.files import Located, collect, csv_entries, yaml_entry, yaml_line
from inspire.content.seeding import Seeder

ROOT = Path(__file__).parent


@dataclass(frozen=True)
class Known:
    """Slugs a file may refer to besides those in the files read: rows already in the database, for
    an admin import of a few files."""

    languages: frozenset[str] = frozenset()
    fields: frozenset[str] = frozenset()
    publishers: frozenset[str] = frozenset()
    # Report slug -> edition number, so a new edition can be checked against one already loaded.
    reports: Mapping[str, int] = field(default_factory=dict)

    @classmethod
    def in_database(cls) -> "Known":
        from analytics.models import Language, Publisher, Report, TechnologyField

        return cls(
            languages=frozenset(Language.objects.values_list("code", flat=True)),
            fields=frozenset(TechnologyField.objects.values_list("slug", flat=True)),
            publishers=frozenset(Publisher.objects.values_list("slug", flat=True)),
            reports=dict(Report.objects.values_list("slug", "edition")),
        )


@dataclass(frozen=True)
class Catalogue:
    languages: list[Located[LanguageRow]]
    fields: list[Located[FieldRow]]
    publishers: dict[str, Located[PublisherEntry]]
    # In load order: every report after the earlier edition it names.
    reports: dict[str, Located[ReportEntry]]
    guides: dict[str, Located[GuideEntry]] = field(default_factory=dict)


def _yaml_files(folder: Path, schema, max_slug: int) -> tuple[dict[str, Located], list[ContentError]]:
    """One entry per file, keyed by the file's name, which is the entry's slug."""
    paths = sorted(folder.glob("*.yaml"))
    errors = [
        ContentError(path, 1, f"the file name must be a slug of at most {max_slug} characters (a-z, 0-9, -)")
        for path in paths
        if not re.fullmatch(SLUG_PATTERN, path.stem) or len(path.stem) > max_slug
    ]
    entries, schema_errors = collect([(path, lambda path: yaml_entry(path, schema)) for path in paths])
    return {entry.path.stem: entry for entry in entries}, errors + schema_errors


def _duplicates(rows: list[Located], attribute: str, what: str) -> list[ContentError]:
    seen: dict[str, int] = {}
    errors = []
    for row in rows:
        value = getattr(row.entry, attribute)
        if value in seen:
            errors.append(ContentError(row.path, row.line, f"{what} {value} is also on line {seen[value]}"))
        seen.setdefault(value, row.line)
    return errors


def _field_errors(rows: list[Located[FieldRow]], known: Known) -> list[ContentError]:
    errors = _duplicates(rows, "slug", "slug") + _duplicates(rows, "name", "name")
    broad: dict[str, bool] = {}
    for row in rows:
        parent = row.entry.parent
        if parent is not None and parent not in broad and parent not in known.fields:
            errors.append(ContentError(row.path, row.line, f"parent {parent} is not a field listed above"))
        elif parent is not None and parent in broad and not broad[parent]:
            errors.append(ContentError(row.path, row.line, f"parent {parent} is itself inside a broader field"))
        broad.setdefault(row.entry.slug, parent is None)
    return errors


def _reference_errors(catalogue: Catalogue, known: Known) -> list[ContentError]:
    reports = catalogue.reports
    languages = {row.entry.code for row in catalogue.languages} | known.languages
    fields = {row.entry.slug for row in catalogue.fields} | known.fields
    publishers = set(catalogue.publishers) | known.publishers
    editions = {**known.reports, **{slug: located.entry.edition for slug, located in reports.items()}}
    errors = []
    for located in reports.values():
        entry, path = located.entry, located.path
        if entry.publisher not in publishers:
            errors.append(ContentError(path, yaml_line(path, "publisher"), f"no publishers/{entry.publisher}.yaml"))
        for index, name in enumerate(entry.fields):
            if name not in fields:
                errors.append(ContentError(path, yaml_line(path, "fields", index), f"{name} is not in fields.csv"))
        for index, code in enumerate(entry.languages):
            if code not in languages:
                errors.append(
                    ContentError(path, yaml_line(path, "languages", index), f"{code} is not in languages.csv")
                )
        previous = entry.previous_edition
        if previous is not None and previous not in editions:
            errors.append(ContentError(path, yaml_line(path, "previous_edition"), f"no reports/{previous}.yaml"))
        elif previous is not None and entry.edition <= editions[previous]:
            message = f"edition must be higher than that of {previous} ({editions[previous]})"
            where = "edition" if "edition" in entry.model_fields_set else "previous_edition"
            errors.append(ContentError(path, yaml_line(path, where), message))
    for located in catalogue.guides.values():
        for index, code in enumerate(located.entry.languages):
            if code not in languages:
                where = yaml_line(located.path, "languages", index)
                errors.append(ContentError(located.path, where, f"{code} is not in languages.csv"))
    return errors


def _in_edition_order(reports: dict[str, Located[ReportEntry]]) -> tuple[dict, list[ContentError]]:
    ordered: dict[str, Located[ReportEntry]] = {}
    for slug in reports:
        chain = []
        while slug in reports and slug not in ordered:
            if slug in chain:
                path = reports[slug].path
                message = f"previous editions loop back to {slug}"
                return ordered, [ContentError(path, yaml_line(path, "previous_edition"), message)]
            chain.append(slug)
            slug = reports[slug].entry.previous_edition
        ordered.update((name, reports[name]) for name in reversed(chain))
    return ordered, []


def read(root: Path = ROOT, known: Known = Known()) -> Catalogue:
    """Every file under `root`, validated and cross-checked; raises ContentInvalid listing every error.

    A file that is missing holds no entries, so an import may bring only some of them."""
    errors: list[ContentError] = []
    tables = []
    for name, schema in (("languages.csv", LanguageRow), ("fields.csv", FieldRow)):
        path = root / name
        try:
            tables.append(csv_entries(path, schema) if path.exists() else [])
        except ContentInvalid as invalid:
            errors.extend(invalid.errors)
            tables.append([])
    languages, fields = tables
    errors += _duplicates(languages, "code", "code") + _duplicates(languages, "name", "name")
    errors += _field_errors(fields, known)
    publishers, publisher_errors = _yaml_files(root / "publishers", PublisherEntry, 100)
    reports, report_errors = _yaml_files(root / "reports", ReportEntry, 200)
    guides, guide_errors = _yaml_files(root / "guides", GuideEntry, 200)
    errors += publisher_errors + report_errors + guide_errors
    names = Counter(located.entry.name for located in publishers.values())
    errors += [
        ContentError(
            located.path, yaml_line(located.path, "name"), f"another publisher is also named {located.entry.name}"
        )
        for located in publishers.values()
        if names[located.entry.name] > 1
    ]
    errors += _reference_errors(Catalogue(languages, fields, publishers, reports, guides), known)
    ordered, loop = _in_edition_order(reports)
    errors += loop
    if errors:
        raise ContentInvalid(errors)
    return Catalogue(languages, fields, publishers, ordered, guides)


def _find(seeded: dict, model, key: str, slug: str | None):
    """A row loaded in this run (None if a curator deleted it), else one already in the database."""
    if slug is None:
        return None
    if slug in seeded:
        return seeded[slug]
    return model.objects.filter(**{key: slug}).first()


def load(seeder: Seeder, root: Path = ROOT, known: Known = Known()) -> str:
    from analytics import services
    from analytics.models import Language, Publisher, Report, TechnologyField

    catalogue = read(root, known)
    languages = {row.entry.code: services.language_seed(entry=row.entry, seeder=seeder) for row in catalogue.languages}
    fields: dict[str, TechnologyField | None] = {}
    for row in catalogue.fields:
        parent = _find(fields, TechnologyField, "slug", row.entry.parent)
        fields[row.entry.slug] = services.technology_field_seed(entry=row.entry, parent=parent, seeder=seeder)
    publishers = {
        slug: services.publisher_seed(slug=slug, entry=located.entry, seeder=seeder)
        for slug, located in catalogue.publishers.items()
    }
    reports: dict[str, Report | None] = {}
    for slug, located in catalogue.reports.items():
        entry = located.entry
        publisher = _find(publishers, Publisher, "slug", entry.publisher)
        if publisher is None:
            seeder.report.conflicts.append(
                f"analytics/reports/{slug}: publisher {entry.publisher} was deleted by a curator; report not loaded"
            )
            continue
        reports[slug] = services.report_seed(
            slug=slug,
            entry=entry,
            publisher=publisher,
            previous_edition=_find(reports, Report, "slug", entry.previous_edition),
            fields=[row for name in entry.fields if (row := _find(fields, TechnologyField, "slug", name))],
            languages=[row for code in entry.languages if (row := _find(languages, Language, "code", code))],
            seeder=seeder,
        )
    for slug, located in catalogue.guides.items():
        codes = located.entry.languages
        services.guide_seed(
            slug=slug,
            entry=located.entry,
            languages=[row for code in codes if (row := _find(languages, Language, "code", code))],
            seeder=seeder,
        )
    return (
        f"{len(catalogue.reports)} reports from {len(catalogue.publishers)} publishers in "
        f"{len(catalogue.fields)} technology fields, {len(catalogue.languages)} languages; "
        f"{len(catalogue.guides)} methodology guides"
    )


def _import(folder: Path, uploads: list, seeder: Seeder, layout: dict[str, str], names: set[str] | None = None) -> str:
    """An admin import: the uploaded files laid out like this folder, then loaded as usual. References
    may point at rows already in the database."""
    if names is not None:
        wrong = [upload.name for upload in uploads if upload.name not in names]
        if wrong:
            expected = " or ".join(sorted(names))
            raise ContentInvalid([ContentError(Path(name), 1, f"expected a file named {expected}") for name in wrong])
    place(folder, uploads, layout)
    return load(seeder, root=folder, known=Known.in_database())


def import_reports(folder: Path, uploads: list, seeder: Seeder) -> str:
    return _import(folder, uploads, seeder, {".yaml": "reports"})


def import_guides(folder: Path, uploads: list, seeder: Seeder) -> str:
    return _import(folder, uploads, seeder, {".yaml": "guides"})


def import_publishers(folder: Path, uploads: list, seeder: Seeder) -> str:
    return _import(folder, uploads, seeder, {".yaml": "publishers"})


def import_fields(folder: Path, uploads: list, seeder: Seeder) -> str:
    return _import(folder, uploads, seeder, {".csv": "."}, names={"fields.csv"})


def import_languages(folder: Path, uploads: list, seeder: Seeder) -> str:
    return _import(folder, uploads, seeder, {".csv": "."}, names={"languages.csv"})
