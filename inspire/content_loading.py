"""Curated content loading. Each app may ship `<app>/content.py` with a `load() -> str` function
that upserts its data by natural keys (so running it twice changes nothing) and returns a summary."""

import importlib
from collections.abc import Callable, Iterator

from django.apps import apps


def content_loaders() -> Iterator[tuple[str, Callable[[], str]]]:
    for config in apps.get_app_configs():
        module_name = f"{config.name}.content"
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name == module_name:
                continue
            raise
        yield config.label, module.load
