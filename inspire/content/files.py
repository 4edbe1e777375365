"""Read content files and validate them against a schema, keeping the line of every value so an
error points at the line a curator must fix."""

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from inspire.content.errors import ContentError, ContentInvalid

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)


class _Loader(yaml.SafeLoader):
    """YAML 1.2 booleans only: in YAML 1.1 `NO` (Norway) and `no` would read as False."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))


def _line_of(node: yaml.Node, location: tuple[int | str, ...]) -> int:
    """The line of the deepest node `location` reaches (pydantic's error location)."""
    for part in location:
        if isinstance(node, yaml.MappingNode):
            match = next((value for key, value in node.value if key.value == part), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            match = node.value[part]
        else:
            match = None
        if match is None:
            break
        node = match
    return node.start_mark.line + 1


def _messages(error: ValidationError) -> Iterator[tuple[tuple, str]]:
    for item in error.errors(include_url=False):
        where = ".".join(str(part) for part in item["loc"])
        yield item["loc"], f"{where}: {item['msg']}" if where else item["msg"]


def yaml_line(path: Path, *location: str | int) -> int:
    """The line of a value inside a YAML file, for errors the schema alone cannot see (cross-references)."""
    return _line_of(yaml.compose(path.read_text(encoding="utf-8"), Loader=_Loader), location)


@dataclass(frozen=True)
class Located(Generic[T]):
    """A validated entry and where it came from."""

    entry: T
    path: Path
    line: int


def yaml_entry(path: Path, schema: type[M]) -> Located[M]:
    """One YAML file holding one entry."""
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=_Loader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise ContentInvalid([ContentError(path, mark.line + 1 if mark else 1, f"not valid YAML: {error}")]) from None
    if node is None:
        raise ContentInvalid([ContentError(path, 1, "the file is empty")])
    data = _Loader(path.read_text(encoding="utf-8")).get_single_data()
    try:
        return Located(schema.model_validate(data), path, 1)
    except ValidationError as error:
        raise ContentInvalid(
            [ContentError(path, _line_of(node, loc), text) for loc, text in _messages(error)]
        ) from None


def csv_entries(path: Path, schema: type[M]) -> list[Located[M]]:
    """A CSV file with a header row: one entry per row. Empty cells are absent values."""
    errors: list[ContentError] = []
    entries: list[Located[M]] = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        expected = set(schema.model_fields)
        unknown = set(reader.fieldnames or []) - expected
        if unknown:
            errors.append(ContentError(path, 1, f"unknown column(s): {', '.join(sorted(unknown))}"))
        for row in reader:
            line = reader.line_num
            if None in row:
                errors.append(ContentError(path, line, "more cells than columns"))
                continue
            values = {key: value for key, value in row.items() if value not in ("", None) and key in expected}
            try:
                entries.append(Located(schema.model_validate(values), path, line))
            except ValidationError as error:
                errors.extend(ContentError(path, line, text) for _, text in _messages(error))
    if errors:
        raise ContentInvalid(errors)
    return entries


def collect(readers: list[tuple[Path, Any]]) -> tuple[list[Any], list[ContentError]]:
    """Run every reader, gathering all errors instead of stopping at the first file."""
    results: list[Any] = []
    errors: list[ContentError] = []
    for path, read in readers:
        try:
            result = read(path)
        except ContentInvalid as invalid:
            errors.extend(invalid.errors)
            continue
        if isinstance(result, list):
            results.extend(result)
        else:
            results.append(result)
    return results, errors
