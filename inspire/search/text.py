"""Text normalisation and highlighting shared by indexing, both query backends and snippets."""

import re
import unicodedata

from django.utils.html import escape

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
SNIPPET_LENGTH = 220
_WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Lower-case with accents removed: "Propriété" -> "propriete"."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def query_terms(query: str) -> list[str]:
    """The words of a user's query, folded; punctuation and operators are dropped, so no input can
    reach the database as syntax."""
    return _WORD.findall(fold((query or "")[:MAX_QUERY_LENGTH]))[:MAX_TERMS]


def _folded_with_positions(text: str) -> tuple[str, list[int]]:
    folded, positions = [], []
    for index, ch in enumerate(text):
        for out in fold(ch):
            folded.append(out)
            positions.append(index)
    return "".join(folded), positions


def highlight(text: str, terms: list[str], length: int = SNIPPET_LENGTH) -> str:
    """An HTML-escaped excerpt of `text` around the first match, matches wrapped in <mark>.
    Terms match at word starts, as the search itself does."""
    if not text:
        return ""
    folded, positions = _folded_with_positions(text)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")\w*")
    first = pattern.search(folded) if terms else None
    start_folded = max(0, first.start() - length // 3) if first else 0
    start = positions[start_folded] if positions else 0
    if start > 0:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 and start - space < 20 else start
    end = min(len(text), start + length)
    window = text[start:end]
    window_folded, window_positions = _folded_with_positions(window)
    pieces, cursor = [], 0
    for match in pattern.finditer(window_folded) if terms else ():
        begin = window_positions[match.start()]
        finish = window_positions[match.end() - 1] + 1
        pieces.append(escape(window[cursor:begin]))
        pieces.append(f"<mark>{escape(window[begin:finish])}</mark>")
        cursor = finish
    pieces.append(escape(window[cursor:]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return prefix + "".join(pieces).strip() + suffix
