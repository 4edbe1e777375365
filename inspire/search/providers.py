"""How apps make their objects searchable.

An app lists `PROVIDERS` in `<app>/search_index.py`; each provider turns one model's objects into
index entries. The search app keeps the index in step through signals and rebuilds it on demand.
"""

from dataclasses import dataclass
from datetime import datetime
from functools import cache

from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.module_loading import import_string

from inspire.discovery import app_modules
from inspire.markdown import render_markdown


@dataclass(frozen=True)
class IndexEntry:
    title: str
    body: str
    url: str
    published_at: datetime | None = None
    # Id of the members-only group whose members alone may find this; None means everyone.
    restricted_to_group: int | None = None


class SearchProvider:
    model: type[models.Model]
    kind: str
    label: str
    # Other models whose changes alter this provider's entries: {model: function(instance) -> queryset}.
    dependencies: dict = {}

    def queryset(self) -> models.QuerySet:
        return self.model._default_manager.all()

    def entry(self, obj) -> IndexEntry | None:
        """The entry for `obj`, or None when it must not be findable (draft, hidden, deleted)."""
        raise NotImplementedError

    def translated_entry(self, obj, entry: IndexEntry) -> IndexEntry | None:
        """The entry in the active language, when `obj` has texts of its own in it (a translated
        summary, a local name); None, the default, when only its English `entry` would be repeated.
        Its URL is `entry.url`."""
        return None

    def entries(self, obj) -> dict[str, IndexEntry]:
        """`obj`'s entries by language: English, and each language it has texts of its own in.
        Every URL is the English one; pages show results at their own language's address."""
        with translation.override(settings.LANGUAGE_CODE):
            entry = self.entry(obj)
        if entry is None:
            return {}
        found = {settings.LANGUAGE_CODE: entry}
        for language, _name in settings.LANGUAGES:
            if language != settings.LANGUAGE_CODE:
                with translation.override(language):
                    if translated := self.translated_entry(obj, entry):
                        found[language] = translated
        return found


def plain_text(*parts: str, markdown: bool = True) -> str:
    """Curated Markdown as the words a reader sees, for indexing and snippets."""
    texts = (strip_tags(render_markdown(part)) if markdown else part for part in parts if part)
    return " ".join(" ".join(text.split()) for text in texts)


@cache
def providers() -> tuple[SearchProvider, ...]:
    return tuple(
        provider_class() for _config, module in app_modules("search_index") for provider_class in module.PROVIDERS
    )


def provider_for_model(model: type[models.Model]) -> SearchProvider | None:
    return next((p for p in providers() if p.model is model), None)


def kind_labels() -> dict[str, str]:
    return {p.kind: p.label for p in providers()}


def member_group_ids(user) -> list[int]:
    """Ids of the members-only groups `user` may read, from the community app named in settings."""
    resolver = getattr(settings, "SEARCH_MEMBER_GROUP_IDS", "")
    return list(import_string(resolver)(user)) if resolver else []
