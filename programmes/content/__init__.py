"""The access programmes as data: `sources.yaml`, `programmes/<slug>.yaml`, `lists/<slug>.yaml` and
`statistics.csv`, seeded through `programmes.services`."""

import re
from dataclasses import dataclass, field
from pathlib import Path

from inspire.content.admin import place
from inspire.content.errors import ContentError, ContentInvalid
from inspire.content.files import Located, collect, csv_entries, yaml_entry, yaml_line
from inspire.content.seeding import Seeder
from programmes.content.schema import SLUG_PATTERN, ListEntry, ProgrammeEntry, SourceEntry, SourcesFile, StatisticRow

ROOT = Path(__file__).parent


@dataclass(frozen=True)
class Known:
    """Keys a file may name besides those in the files read: rows already in the database (admin imports)."""

    sources: frozenset[str] = frozenset()
    programmes: frozenset[str] = frozenset()

    @classmethod
    def in_database(cls) -> "Known":
        from programmes.models import Programme, Source

        return cls(
            sources=frozenset(Source.objects.values_list("key", flat=True)),
            programmes=frozenset(Programme.objects.values_list("slug", flat=True)),
        )


@dataclass(frozen=True)
class Content:
    sources: list[SourceEntry] = field(default_factory=list)
    programmes: dict[str, Located[ProgrammeEntry]] = field(default_factory=dict)
    lists: dict[str, Located[ListEntry]] = field(default_factory=dict)
    statistics: list[Located[StatisticRow]] = field(default_factory=list)


def _yaml_files(folder: Path, schema) -> tuple[dict[str, Located], list[ContentError]]:
    paths = sorted(folder.glob("*.yaml"))
    errors = [
        ContentError(path, 1, "the file name must be a slug (a-z, 0-9, -) of at most 80 characters")
        for path in paths
        if not re.fullmatch(SLUG_PATTERN, path.stem) or len(path.stem) > 80
    ]
    entries, schema_errors = collect([(path, lambda path: yaml_entry(path, schema)) for path in paths])
    return {entry.path.stem: entry for entry in entries}, errors + schema_errors


def _reference_errors(content: Content, known: Known, sources_path: Path) -> list[ContentError]:
    sources = {source.key for source in content.sources} | known.sources
    programmes = set(content.programmes) | known.programmes
    errors = []

    def need_source(path: Path, key: str, *where) -> None:
        if key not in sources:
            errors.append(ContentError(path, yaml_line(path, *where), f"{key} is not a source in sources.yaml"))

    for located in content.programmes.values():
        for index, key in enumerate(located.entry.sources):
            need_source(located.path, key, "sources", index)
        for index, provider in enumerate(located.entry.providers):
            need_source(located.path, provider.source, "providers", index, "source")
    for located in content.lists.values():
        need_source(located.path, located.entry.source, "source")
        if located.entry.programme not in programmes:
            message = f"no programmes/{located.entry.programme}.yaml"
            errors.append(ContentError(located.path, yaml_line(located.path, "programme"), message))
    seen: dict[tuple, int] = {}
    for row in content.statistics:
        entry = row.entry
        if entry.source not in sources:
            errors.append(ContentError(row.path, row.line, f"{entry.source} is not a source in sources.yaml"))
        if entry.programme not in programmes:
            errors.append(ContentError(row.path, row.line, f"no programmes/{entry.programme}.yaml"))
        key = (entry.programme, entry.metric, entry.year)
        if key in seen:
            errors.append(ContentError(row.path, row.line, f"same programme, figure and year as line {seen[key]}"))
        seen.setdefault(key, row.line)
    keys: dict[str, int] = {}
    for index, source in enumerate(content.sources):
        if source.key in keys:
            line = yaml_line(sources_path, "sources", index, "key")
            errors.append(ContentError(sources_path, line, f"source {source.key} is listed twice"))
        keys.setdefault(source.key, index)
    return errors


def read(root: Path = ROOT, known: Known = Known()) -> Content:
    """Every file under `root`, validated and cross-checked; raises ContentInvalid listing every error.
    A missing file holds no entries, so an admin import may bring only some of them."""
    errors: list[ContentError] = []
    sources: list[SourceEntry] = []
    sources_path = root / "sources.yaml"
    if sources_path.exists():
        try:
            sources = list(yaml_entry(sources_path, SourcesFile).entry.sources)
        except ContentInvalid as invalid:
            errors.extend(invalid.errors)
    programmes, programme_errors = _yaml_files(root / "programmes", ProgrammeEntry)
    lists, list_errors = _yaml_files(root / "lists", ListEntry)
    errors += programme_errors + list_errors
    statistics: list[Located[StatisticRow]] = []
    statistics_path = root / "statistics.csv"
    if statistics_path.exists():
        try:
            statistics = csv_entries(statistics_path, StatisticRow)
        except ContentInvalid as invalid:
            errors.extend(invalid.errors)
    content = Content(sources, programmes, lists, statistics)
    errors += _reference_errors(content, known, sources_path)
    if errors:
        raise ContentInvalid(errors)
    return content


def load(seeder: Seeder, root: Path = ROOT, known: Known = Known()) -> str:
    from programmes import services
    from programmes.models import Programme, Source

    content = read(root, known)
    sources = {entry.key: services.source_seed(entry=entry, seeder=seeder) for entry in content.sources}

    def source(key: str) -> Source | None:
        return sources[key] if key in sources else Source.objects.filter(key=key).first()

    programmes: dict[str, Programme | None] = {}
    for slug, located in content.programmes.items():
        programmes[slug] = services.programme_seed(slug=slug, entry=located.entry, sources=source, seeder=seeder)
    for slug, located in content.lists.items():
        name = located.entry.programme
        programme = programmes[name] if name in programmes else Programme.objects.filter(slug=name).first()
        if programme is not None and (cited := source(located.entry.source)) is not None:
            services.eligibility_list_seed(
                slug=slug, entry=located.entry, programme=programme, source=cited, seeder=seeder
            )
    for row in content.statistics:
        name = row.entry.programme
        programme = programmes[name] if name in programmes else Programme.objects.filter(slug=name).first()
        if programme is not None and (cited := source(row.entry.source)) is not None:
            services.statistic_seed(entry=row.entry, programme=programme, source=cited, seeder=seeder)
    return (
        f"{len(content.programmes)} programmes, {len(content.lists)} eligibility lists, "
        f"{len(content.statistics)} statistics from {len(content.sources)} sources"
    )


def _import(folder: Path, uploads: list, seeder: Seeder, layout: dict[str, str], names: set[str] | None = None) -> str:
    if names is not None:
        wrong = [upload.name for upload in uploads if upload.name not in names]
        if wrong:
            expected = " or ".join(sorted(names))
            raise ContentInvalid([ContentError(Path(name), 1, f"expected a file named {expected}") for name in wrong])
    place(folder, uploads, layout)
    return load(seeder, root=folder, known=Known.in_database())


def import_sources(folder: Path, uploads: list, seeder: Seeder) -> str:
    return _import(folder, uploads, seeder, {".yaml": "."}, names={"sources.yaml"})


def import_programmes(folder: Path, uploads: list, seeder: Seeder) -> str:
    return _import(folder, uploads, seeder, {".yaml": "programmes"})


def import_lists(folder: Path, uploads: list, seeder: Seeder) -> str:
    return _import(folder, uploads, seeder, {".yaml": "lists"})


def import_statistics(folder: Path, uploads: list, seeder: Seeder) -> str:
    return _import(folder, uploads, seeder, {".csv": "."}, names={"statistics.csv"})
