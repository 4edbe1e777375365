from dataclasses import dataclass
from pathlib import Path

from django.conf import settings


@dataclass(frozen=True, order=True)
class ContentError:
    """One problem in one content file, printed as `file:line: message` like a compiler error."""

    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        try:
            shown = self.path.relative_to(settings.BASE_DIR)
        except ValueError:
            shown = self.path
        return f"{shown}:{self.line}: {self.message}"


class ContentInvalid(Exception):
    """Raised before anything is written, so an invalid file never half-loads."""

    def __init__(self, errors: list[ContentError]):
        self.errors = sorted(errors)
        super().__init__("\n".join(str(error) for error in self.errors))
