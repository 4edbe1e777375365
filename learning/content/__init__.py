"""The learning catalogue as data: `providers.csv`, `topics.csv`, `resources/<slug>.yaml` and
`paths/<slug>.yaml`, seeded through `learning.services`. Sources are those of the programmes app."""

import re
from dataclasses import dataclass, field
from pathlib import Path

from inspire.content.admin import place
from inspire.content.errors import ContentError, ContentInvalid
from inspire.content.files import Located, collect, csv_entries, yaml_entry, yaml_line
from inspire.content.seeding import Seeder
from learning.content.schema import SLUG_PATTERN, PathEntry, ProviderRow, ResourceEntry, TopicRow

ROOT = Path(__file__).parent


@dataclass(frozen=True)
class Known:
    """Slugs files may name besides those read: rows in the database, and the programmes' sources."""

    providers: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    resources: frozenset[str] = frozenset()
    sources: frozenset[str] | None = None

    @classmethod
    def in_database(cls) -> "Known":
        from learning.models import LearningProvider, LearningResource, Topic
        from programmes.models import Source

        return cls(
            providers=frozenset(LearningProvider.objects.values_list("slug", flat=True)),
            topics=frozenset(Topic.objects.values_list("slug", flat=True)),
            resources=frozenset(LearningResource.objects.values_list("slug", flat=True)),
            sources=frozenset(Source.objects.values_list("key", flat=True)),
        )


@dataclass(frozen=True)
class Content:
    providers: list[Located[ProviderRow]] = field(default_factory=list)
    topics: list[Located[TopicRow]] = field(default_factory=list)
    resources: dict[str, Located[ResourceEntry]] = field(default_factory=dict)
    paths: dict[str, Located[PathEntry]] = field(default_factory=dict)


def _source_keys() -> frozenset[str]:
    from programmes import content as programmes_content

    try:
        return frozenset(source.key for source in programmes_content.read().sources)
    except ContentInvalid:
        return frozenset()


def _yaml_files(folder: Path, schema) -> tuple[dict[str, Located], list[ContentError]]:
    paths = sorted(folder.glob("*.yaml"))
    errors = [
        ContentError(path, 1, "the file name must be a slug (a-z, 0-9, -) of at most 120 characters")
        for path in paths
        if not re.fullmatch(SLUG_PATTERN, path.stem) or len(path.stem) > 120
    ]
    entries, schema_errors = collect([(path, lambda path: yaml_entry(path, schema)) for path in paths])
    return {entry.path.stem: entry for entry in entries}, errors + schema_errors


def _csv(path: Path, schema, errors: list[ContentError]) -> list[Located]:
    if not path.exists():
        return []
    try:
        rows = csv_entries(path, schema)
    except ContentInvalid as invalid:
        errors.extend(invalid.errors)
        return []
    seen: dict[str, int] = {}
    for row in rows:
        if row.entry.slug in seen:
            errors.append(ContentError(path, row.line, f"slug {row.entry.slug} is also on line {seen[row.entry.slug]}"))
        seen.setdefault(row.entry.slug, row.line)
    return rows


def _reference_errors(content: Content, known: Known) -> list[ContentError]:
    sources = known.sources if known.sources is not None else _source_keys()
    providers = {row.entry.slug for row in content.providers} | known.providers
    topics = {row.entry.slug for row in content.topics} | known.topics
    resources = set(content.resources) | known.resources
    errors = []

    def need(path: Path, value: str, allowed: set | frozenset, message: str, *where) -> None:
        if value not in allowed:
            errors.append(ContentError(path, yaml_line(path, *where), message))

    for located in content.resources.values():
        entry, path = located.entry, located.path
        need(path, entry.provider, providers, f"{entry.provider} is not in providers.csv", "provider")
        need(path, entry.source, sources, f"{entry.source} is not in programmes/content/sources.yaml", "source")
        for index, topic in enumerate(entry.topics):
            need(path, topic, topics, f"{topic} is not in topics.csv", "topics", index)
    for located in content.paths.values():
        entry, path = located.entry, located.path
        need(path, entry.source, sources, f"{entry.source} is not in programmes/content/sources.yaml", "source")
        for index, step in enumerate(entry.steps):
            if step.resource is not None:
                message = f"no resources/{step.resource}.yaml"
                need(path, step.resource, resources, message, "steps", index, "resource")
    return errors


def read(root: Path = ROOT, known: Known = Known()) -> Content:
    """Every file under `root`, validated and cross-checked; raises ContentInvalid listing every error."""
    errors: list[ContentError] = []
    providers = _csv(root / "providers.csv", ProviderRow, errors)
    topics = _csv(root / "topics.csv", TopicRow, errors)
    resources, resource_errors = _yaml_files(root / "resources", ResourceEntry)
    paths, path_errors = _yaml_files(root / "paths", PathEntry)
    errors += resource_errors + path_errors
    content = Content(providers, topics, resources, paths)
    errors += _reference_errors(content, known)
    if errors:
        raise ContentInvalid(errors)
    return content


def load(seeder: Seeder, root: Path = ROOT, known: Known = Known()) -> str:
    from learning import services

    content = read(root, known)
    providers = {row.entry.slug: services.provider_seed(entry=row.entry, seeder=seeder) for row in content.providers}
    topics = {row.entry.slug: services.topic_seed(entry=row.entry, seeder=seeder) for row in content.topics}
    resources = {
        slug: services.resource_seed(slug=slug, entry=located.entry, providers=providers, topics=topics, seeder=seeder)
        for slug, located in content.resources.items()
    }
    for slug, located in content.paths.items():
        services.path_seed(slug=slug, entry=located.entry, resources=resources, seeder=seeder)
    return (
        f"{len(content.resources)} learning resources, {len(content.paths)} learning paths, "
        f"{len(content.providers)} providers, {len(content.topics)} topics"
    )


def _import(folder: Path, uploads: list, seeder: Seeder, layout: dict[str, str], names: set[str] | None = None) -> str:
    if names is not None:
        wrong = [upload.name for upload in uploads if upload.name not in names]
        if wrong:
            expected = " or ".join(sorted(names))
            raise ContentInvalid([ContentError(Path(name), 1, f"expected a file named {expected}") for name in wrong])
    place(folder, uploads, layout)
    return load(seeder, root=folder, known=Known.in_database())


def import_resources(folder: Path, uploads: list, seeder: Seeder) -> str:
    return _import(folder, uploads, seeder, {".yaml": "resources"})


def import_paths(folder: Path, uploads: list, seeder: Seeder) -> str:
    return _import(folder, uploads, seeder, {".yaml": "paths"})


def import_tables(folder: Path, uploads: list, seeder: Seeder) -> str:
    return _import(folder, uploads, seeder, {".csv": "."}, names={"providers.csv", "topics.csv"})
