"""CSV cells a spreadsheet will not run: text starting with = + - @, a tab or a carriage return gets
a leading apostrophe (OWASP's advice on CSV injection). The project had no helper for this yet."""

from collections.abc import Iterable

DANGEROUS_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """Numbers stay numbers (a negative figure is data, not a formula); text that could run is neutralised."""
    if isinstance(value, str) and value.startswith(DANGEROUS_STARTS):
        return "'" + value
    return value


def safe_row(row: Iterable[object]) -> list[object]:
    return [safe_cell(value) for value in row]
