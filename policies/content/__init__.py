"""Curated institutions and their policies (`institutions/<slug>.yaml`), the IP Policy Toolkit's
checklist and template clauses (`toolkit/<topic-key>.yaml`), national versions
(`national/<country>.yaml`) and regional models (`regional/<slug>.yaml`). The shape of each file
is in `schema.py`."""

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from inspire.content.admin import place
from inspire.content.errors import ContentError, ContentInvalid
from inspire.content.files import Located, yaml_entry
from inspire.content.seeding import Seeder
from policies.content.schema import InstitutionEntry, NationalEntry, RegionalEntry, TopicEntry

ROOT = Path(__file__).parent
FILE_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Content:
    institutions: list[Located[InstitutionEntry]]
    topics: list[Located[TopicEntry]]
    national: list[Located[NationalEntry]]
    regional: list[Located[RegionalEntry]]


def _read_folder(folder: Path, schema, errors: list[ContentError]) -> list:
    entries = []
    for path in sorted(folder.glob("*.yaml")):
        # The file name is the entry's key (an institution's slug, a topic's key): it must be usable in a URL.
        if not FILE_NAME.match(path.stem):
            errors.append(ContentError(path, 1, "the file name must be lower-case words joined by hyphens"))
            continue
        try:
            entries.append(yaml_entry(path, schema))
        except ContentInvalid as invalid:
            errors.extend(invalid.errors)
    return entries


def read(root: Path = ROOT) -> Content:
    """Every content file under `root`, validated; raises ContentInvalid listing every error."""
    errors: list[ContentError] = []
    content = Content(
        institutions=_read_folder(root / "institutions", InstitutionEntry, errors),
        topics=_read_folder(root / "toolkit", TopicEntry, errors),
        national=_read_folder(root / "national", NationalEntry, errors),
        regional=_read_folder(root / "regional", RegionalEntry, errors),
    )
    errors.extend(_policy_clashes(content.institutions))
    errors.extend(_toolkit_clashes(content.topics))
    errors.extend(_repeated(content.national, lambda entry: entry.country, "{other} is also about {value}"))
    if errors:
        raise ContentInvalid(errors)
    return content


def _repeated(entries: list[Located], key, message: str):
    """Entries of different files that share what must be unique."""
    first: dict = {}
    for located in entries:
        value = key(located.entry)
        if value in first:
            yield ContentError(located.path, located.line, message.format(value=value, other=first[value].name))
        first.setdefault(value, located.path)


def _policy_clashes(institutions: list[Located[InstitutionEntry]]):
    for located in institutions:
        keys = Counter(policy.natural_key for policy in located.entry.policies)
        for key, count in keys.items():
            if count > 1:
                yield ContentError(
                    located.path, 1, f"{count} policies have the key {key}: give each policy of that type its own key"
                )
        titles = Counter((policy.type.value, policy.title) for policy in located.entry.policies)
        for (policy_type, title), count in titles.items():
            if count > 1:
                yield ContentError(located.path, 1, f"{count} {policy_type} policies are titled {title!r}")


def _toolkit_clashes(topics: list[Located[TopicEntry]]):
    yield from _repeated(topics, lambda entry: entry.order, "{other} has order {value} too")
    items = [Located(item, located.path, 1) for located in topics for item in located.entry.items]
    yield from _repeated(items, lambda item: item.key, "question {value} is in {other} too")
    for located in topics:
        for item in located.entry.items:
            clauses = Counter(clause.key for clause in item.clauses)
            for key, count in clauses.items():
                if count > 1:
                    yield ContentError(located.path, 1, f"{item.key}: clause {key} is listed {count} times")
            defaults = sum(clause.default for clause in item.clauses)
            if defaults != 1:
                yield ContentError(
                    located.path, 1, f"{item.key}: exactly one clause must be the default, not {defaults}"
                )


def load(seeder: Seeder, root: Path = ROOT) -> str:
    from policies.services import checklist_topic_seed, institution_seed, national_version_seed, regional_version_seed

    content = read(root)
    for located in content.institutions:
        institution_seed(slug=located.path.stem, entry=located.entry, seeder=seeder)
    for located in content.topics:
        checklist_topic_seed(key=located.path.stem, entry=located.entry, seeder=seeder)
    for located in content.national:
        national_version_seed(entry=located.entry, seeder=seeder)
    for located in content.regional:
        regional_version_seed(slug=located.path.stem, entry=located.entry, seeder=seeder)
    return summary(content)


def summary(content: Content) -> str:
    policies = sum(len(located.entry.policies) for located in content.institutions)
    items = [item for located in content.topics for item in located.entry.items]
    clauses = sum(len(item.clauses) for item in items)
    parts = {
        "institutions": len(content.institutions),
        "policies": policies,
        "checklist topics": len(content.topics),
        "items": len(items),
        "template clauses": clauses,
        "national versions": len(content.national),
        "regional models": len(content.regional),
    }
    return ", ".join(f"{count} {name}" for name, count in parts.items())


def _import(folder: Path, uploads: list, seeder: Seeder, subfolder: str) -> str:
    place(folder, uploads, {".yaml": subfolder})
    return load(seeder, root=folder)


def institutions_import(folder: Path, uploads: list, seeder: Seeder) -> str:
    """An admin import of `institutions/<slug>.yaml` files, loaded as `load_content` loads them."""
    return _import(folder, uploads, seeder, "institutions")


def toolkit_import(folder: Path, uploads: list, seeder: Seeder) -> str:
    """An admin import of `toolkit/<topic-key>.yaml` files."""
    return _import(folder, uploads, seeder, "toolkit")


def national_import(folder: Path, uploads: list, seeder: Seeder) -> str:
    """An admin import of `national/<country>.yaml` files."""
    return _import(folder, uploads, seeder, "national")


def regional_import(folder: Path, uploads: list, seeder: Seeder) -> str:
    """An admin import of `regional/<slug>.yaml` files."""
    return _import(folder, uploads, seeder, "regional")
