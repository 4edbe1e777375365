"""Curated content as data files: readers with line numbers, shared schema types, the seeding rule
that never overwrites a curator's edit, and the commands `content_check` and `load_content`.

Each content app ships a package `<app>/content/` holding its data files, a `schema.py` with the
pydantic models of those files, and `__init__.py` with `check()` and `load(seeder)` (see
`inspire.content.registry`).
"""
