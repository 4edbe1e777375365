"""Curated patent database reports, read from `databases/<slug>.yaml` and `coverage/<slug>.csv`."""

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from databases.content.schema import CoverageFact, DatabaseEntry
from inspire.content.admin import place
from inspire.content.errors import ContentError, ContentInvalid
from inspire.content.files import Located, csv_entries, yaml_entry
from inspire.content.seeding import Seeder

ROOT = Path(__file__).parent


@dataclass(frozen=True)
class DatabaseFile:
    slug: str
    entry: Located[DatabaseEntry]
    coverage: list[Located[CoverageFact]]


def read(root: Path | None = None) -> list[DatabaseFile]:
    """Every database with its coverage, validated; raises ContentInvalid listing every error."""
    root = root or ROOT
    errors: list[ContentError] = []
    files = []
    for path in sorted((root / "databases").glob("*.yaml")):
        coverage_path = root / "coverage" / f"{path.stem}.csv"
        try:
            entry = yaml_entry(path, DatabaseEntry)
            coverage = csv_entries(coverage_path, CoverageFact) if coverage_path.exists() else []
        except ContentInvalid as invalid:
            errors.extend(invalid.errors)
            continue
        errors.extend(_duplicates(path, entry, coverage))
        files.append(DatabaseFile(path.stem, entry, coverage))
    slugs = {database.slug for database in files}
    for path in sorted((root / "coverage").glob("*.csv")):
        if path.stem not in slugs and not (root / "databases" / f"{path.stem}.yaml").exists():
            errors.append(ContentError(path, 1, f"no databases/{path.stem}.yaml for this coverage"))
    if errors:
        raise ContentInvalid(errors)
    return files


def _duplicates(path: Path, entry: Located[DatabaseEntry], coverage: list[Located[CoverageFact]]):
    features = Counter(fact.feature for fact in entry.entry.features)
    for feature, count in features.items():
        if count > 1:
            yield ContentError(path, 1, f"feature {feature.value} is listed {count} times")
    seen: dict[tuple, int] = {}
    for row in coverage:
        key = (row.entry.jurisdiction, row.entry.document_kind, row.entry.level)
        if key in seen:
            yield ContentError(row.path, row.line, f"same jurisdiction, documents and level as line {seen[key]}")
        seen.setdefault(key, row.line)


def load(seeder: Seeder, root: Path | None = None) -> str:
    from databases.services import database_seed

    files = read(root)
    for database in files:
        database_seed(slug=database.slug, entry=database.entry.entry, coverage=database.coverage, seeder=seeder)
    facts = sum(len(database.coverage) for database in files)
    return f"{len(files)} patent databases with {facts} coverage facts"


def import_upload(folder: Path, uploads: list, seeder: Seeder) -> str:
    """An admin import: the uploaded files laid out like this folder, then loaded as usual."""
    place(folder, uploads, {".yaml": "databases", ".csv": "coverage"})
    (folder / "databases").mkdir(exist_ok=True)
    (folder / "coverage").mkdir(exist_ok=True)
    return load(seeder, root=folder)
