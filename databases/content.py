"""Curated patent database reports: `manage.py load_content` calls `load()`."""

import datetime

from databases.data.offices import OFFICE_DATABASES
from databases.data.services import SERVICE_DATABASES
from databases.services import database_upsert

REVIEWED_ON = datetime.date(2026, 11, 24)
COVERAGE_KEYS = ("jurisdiction", "document_kind", "level", "from_year", "note")


def load() -> str:
    entries = OFFICE_DATABASES + SERVICE_DATABASES
    coverage_rows = 0
    for entry in entries:
        fields = {key: value for key, value in entry.items() if key not in ("slug", "features", "coverage")}
        fields.setdefault("aspi", False)
        fields.setdefault("reviewed_on", REVIEWED_ON)
        coverage = [dict(zip(COVERAGE_KEYS, row, strict=True)) for row in entry["coverage"]]
        database_upsert(slug=entry["slug"], fields=fields, features=entry["features"], coverage=coverage)
        coverage_rows += len(coverage)
    return f"{len(entries)} patent databases with {coverage_rows} coverage rows"
