"""Runs last in `load_content` (the search app is installed after the content apps) so the index
reflects freshly loaded content."""

from inspire.search.services import index_rebuild


def load(seeder) -> str:
    return f"{index_rebuild()} documents indexed"
