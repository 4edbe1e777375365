"""Curated register content, read from `jurisdictions/<CODE>.yaml` and `samples/<CODE>.csv`."""

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from inspire.content.admin import place
from inspire.content.errors import ContentError, ContentInvalid
from inspire.content.files import Located, csv_entries, yaml_entry
from inspire.content.seeding import Seeder
from inspire.jurisdictions import OTHER_BODIES, REGIONAL_OFFICES, portal_jurisdictions
from registers.content.schema import JurisdictionEntry, SampleRow
from registers.models import COLUMNS

ROOT = Path(__file__).parent


@dataclass(frozen=True)
class JurisdictionFiles:
    code: str
    entry: Located[JurisdictionEntry]
    samples: list[Located[SampleRow]]


def read(root: Path = ROOT) -> list[JurisdictionFiles]:
    """Every jurisdiction file with its sample numbers, validated; raises ContentInvalid listing every error."""
    errors: list[ContentError] = []
    files = []
    for path in sorted((root / "jurisdictions").glob("*.yaml")):
        if path.stem not in portal_jurisdictions():
            errors.append(ContentError(path, 1, f"{path.stem} is not a jurisdiction code of the register portal"))
            continue
        samples_path = root / "samples" / f"{path.stem}.csv"
        try:
            entry = yaml_entry(path, JurisdictionEntry)
            samples = csv_entries(samples_path, SampleRow) if samples_path.exists() else []
        except ContentInvalid as invalid:
            errors.extend(invalid.errors)
            continue
        errors.extend(_inconsistencies(path, entry, samples))
        files.append(JurisdictionFiles(path.stem, entry, samples))
    for path in sorted((root / "samples").glob("*.csv")):
        if not (root / "jurisdictions" / f"{path.stem}.yaml").exists():
            errors.append(ContentError(path, 1, f"no jurisdictions/{path.stem}.yaml for these sample numbers"))
    if errors:
        raise ContentInvalid(errors)
    return files


def _inconsistencies(path: Path, located: Located[JurisdictionEntry], samples: list[Located[SampleRow]]):
    entry = located.entry
    if entry.members and path.stem not in REGIONAL_OFFICES and path.stem not in OTHER_BODIES:
        yield ContentError(path, 1, "only regional and international systems have members")
    if path.stem in entry.members:
        yield ContentError(path, 1, "a system is not its own member")
    for code, count in Counter(entry.members).items():
        if count > 1:
            yield ContentError(path, 1, f"member {code} is listed {count} times")
    served = Counter((kind, resource.url) for resource in entry.resources for kind in resource.kinds)
    for (kind, url), count in served.items():
        if count > 1:
            yield ContentError(path, 1, f"{url} is listed {count} times as {kind.value}")
    for column in entry.absent:
        kinds = COLUMNS[column][1]
        resource = next((r for r in entry.resources if any(kind in kinds for kind in r.kinds)), None)
        if resource:
            yield ContentError(path, 1, f"{column} is recorded as absent, but {resource.url} serves it")
    if entry.file is None and any(row.entry.source is None for row in samples):
        yield ContentError(path, 1, "sample numbers without their own source need a jurisdiction file: add `file:`")
    seen: dict[tuple, int] = {}
    for row in samples:
        key = (row.entry.kind, row.entry.as_printed)
        if key in seen:
            yield ContentError(row.path, row.line, f"same kind and number as line {seen[key]}")
        seen.setdefault(key, row.line)


def load(seeder: Seeder, root: Path = ROOT, *, every_jurisdiction: bool = True) -> str:
    """Seed the files under `root`. With `every_jurisdiction`, also every portal jurisdiction without a
    file (name, kind and region only), so all of them are listed; an admin import seeds just its files."""
    from registers.services import jurisdiction_contents_seed, jurisdiction_seed

    files = {item.code: item for item in read(root)}
    if not every_jurisdiction:
        _members_loaded(files)
    codes = list(portal_jurisdictions()) if every_jurisdiction else list(files)
    jurisdictions = {}
    for code in codes:
        item = files.get(code)
        jurisdiction = jurisdiction_seed(code=code, entry=item.entry.entry if item else None, seeder=seeder)
        if jurisdiction is not None and item:
            jurisdictions[code] = jurisdiction
    for code, jurisdiction in jurisdictions.items():
        item = files[code]
        jurisdiction_contents_seed(
            jurisdiction=jurisdiction,
            entry=item.entry.entry,
            samples=[row.entry for row in item.samples],
            seeder=seeder,
        )
    entries = [item.entry.entry for item in files.values()]
    resources = sum(len(resource.kinds) for entry in entries for resource in entry.resources)
    absences = sum(len(entry.absent) for entry in entries)
    memberships = sum(len(entry.members) for entry in entries)
    samples = sum(len(item.samples) for item in files.values())
    jurisdiction_files = sum(entry.file is not None for entry in entries)
    notes = sum(len(entry.notes) for entry in entries)
    return (
        f"{len(codes)} jurisdictions ({len(files)} with curated files), {resources} resources, "
        f"{absences} recorded absences, {memberships} memberships, {jurisdiction_files} jurisdiction files, "
        f"{samples} sample numbers, {notes} notes"
    )


def _members_loaded(files: dict[str, JurisdictionFiles]) -> None:
    from registers.models import Jurisdiction

    wanted = {code for item in files.values() for code in item.entry.entry.members}
    missing = wanted - set(files) - set(Jurisdiction.objects.filter(code__in=wanted).values_list("code", flat=True))
    errors = [
        ContentError(item.entry.path, 1, f"member {code} is not in the database yet; run load_content first")
        for item in files.values()
        for code in sorted(missing & set(item.entry.entry.members))
    ]
    if errors:
        raise ContentInvalid(errors)


def import_upload(folder: Path, uploads: list, seeder: Seeder) -> str:
    """An admin import: the uploaded files laid out like this folder, then loaded as usual."""
    place(folder, uploads, {".yaml": "jurisdictions", ".csv": "samples"})
    (folder / "jurisdictions").mkdir(exist_ok=True)
    (folder / "samples").mkdir(exist_ok=True)
    return load(seeder, root=folder, every_jurisdiction=False)
