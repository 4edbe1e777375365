"""Finds a module of the same name in every installed app, in INSTALLED_APPS order.

Django's `autodiscover_modules` imports such modules only for their side effects and returns
nothing; the search index and the content loader need the modules themselves, in order."""

from collections.abc import Iterator
from importlib import import_module
from types import ModuleType

from django.apps import AppConfig, apps
from django.utils.module_loading import module_has_submodule


def app_modules(name: str) -> Iterator[tuple[AppConfig, ModuleType]]:
    """Each installed app's `<app>.<name>` module, skipping apps without one. An import error
    inside an existing module is raised, not mistaken for a missing module."""
    for config in apps.get_app_configs():
        if module_has_submodule(config.module, name):
            yield config, import_module(f"{config.name}.{name}")
