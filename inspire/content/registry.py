"""Finds each app's content package: `<app>.content` with `check()` and `load(seeder)`."""

import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from django.apps import apps

from inspire.content.errors import ContentError
from inspire.content.seeding import Seeder


@dataclass(frozen=True)
class AppContent:
    label: str
    check: Callable[[], list[ContentError]]
    load: Callable[[Seeder], str]


def app_contents() -> Iterator[AppContent]:
    """In INSTALLED_APPS order, which is the order content must load in."""
    for config in apps.get_app_configs():
        module_name = f"{config.name}.content"
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name == module_name:
                continue
            raise
        if hasattr(module, "load"):
            yield AppContent(config.label, getattr(module, "check", list), module.load)
