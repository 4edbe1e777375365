"""Finds each app's content package: `<app>.content` with `ROOT`, `read(root)` and `load(seeder)`."""

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from inspire.content.errors import ContentError, ContentInvalid
from inspire.content.seeding import Seeder
from inspire.discovery import app_modules


@dataclass(frozen=True)
class AppContent:
    label: str
    check: Callable[[], list[ContentError]]
    load: Callable[[Seeder], str]


def errors_of(module) -> list[ContentError]:
    """What `content_check` reports for one app: every error its `read` finds in the files under ROOT.

    ROOT is looked up at call time, so a test may point an app at a copy of its files."""
    try:
        module.read(module.ROOT)
    except ContentInvalid as invalid:
        return invalid.errors
    return []


def app_contents() -> Iterator[AppContent]:
    """In INSTALLED_APPS order, which is the order content must load in."""
    for config, module in app_modules("content"):
        if hasattr(module, "load"):
            # A loader with no files of its own (the search index) has nothing to check.
            check = functools.partial(errors_of, module) if hasattr(module, "read") else list
            yield AppContent(config.label, check, module.load)
