"""Text normalisation and highlighting shared by indexing, both query backends and snippets."""

import re
import unicodedata
from collections.abc import Sequence

from django.utils.html import escape

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
# Shorter words match whole words only ("ip", "ai", "ep"): as prefixes they would pull in thousands
# of index entries ("p" matches every word starting with it) and cost ten times a normal search.
PREFIX_MIN_LENGTH = 3
SNIPPET_LENGTH = 220
# Chinese and Japanese write words without spaces, so the search reads their text as overlapping
# pairs of characters (a common stand-in for word segmentation): "专利数据库" holds "数据库". The
# ranges are those of `inspire_cjk_pairs` in the search migrations: kana, CJK ideographs.
CJK_RANGES = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RUN = re.compile(f"[{CJK_RANGES}]+")
# A run of CJK characters, or of other letters and digits: "专利abc" is two words.
_WORD = re.compile(rf"[{CJK_RANGES}]+|(?:(?![{CJK_RANGES}])[^\W_])+")


def fold(text: str) -> str:
    """Lower-case with accents removed: "Propriété" -> "propriete"."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def query_terms(query: str) -> list[str]:
    """The words of a user's query, folded; punctuation and operators are dropped, so no input can
    reach the database as syntax."""
    return _WORD.findall(fold((query or "")[:MAX_QUERY_LENGTH]))[:MAX_TERMS]


def is_cjk(term: str) -> bool:
    return bool(_CJK_RUN.fullmatch(term))


def cjk_pairs(term: str) -> list[str]:
    """A CJK query word as the index holds it: its overlapping character pairs ("数据库" ->
    "数据", "据库"); a word of one or two characters as it is."""
    return [term] if len(term) <= 2 else [term[i : i + 2] for i in range(len(term) - 1)]


def word_pattern(term: str) -> str:
    """A regular expression for one query term as the search matches it: at a word start, and as
    a prefix unless the term is short. CJK text has no word starts, so CJK terms match anywhere."""
    if is_cjk(term):
        return re.escape(term)
    return r"\b" + re.escape(term) + (r"\w*" if len(term) >= PREFIX_MIN_LENGTH else r"\b")


class _FoldTable(dict):
    """A `str.translate` table folding each character as `fold` does, filled in on first sight, so
    folding a long text runs in C. Characters that do not fold to exactly one are noted in
    `uneven`: where one occurs, folded positions no longer line up with the original ones."""

    uneven: set[str] = set()

    def __missing__(self, codepoint: int) -> str:
        folded = self[codepoint] = fold(chr(codepoint))
        if len(folded) != 1:
            self.uneven.add(chr(codepoint))
        return folded


_FOLD_TABLE = _FoldTable()


def _folded_with_positions(text: str) -> tuple[str, Sequence[int]]:
    """`text` folded, and for each folded character the index of the character it came from."""
    folded = text.translate(_FOLD_TABLE)
    if _FOLD_TABLE.uneven.isdisjoint(text):
        return folded, range(len(text))
    pieces, positions = [], []
    for index, ch in enumerate(text):
        out = _FOLD_TABLE[ord(ch)]
        pieces.append(out)
        positions.extend([index] * len(out))
    return "".join(pieces), positions


def highlight(text: str, terms: list[str], length: int = SNIPPET_LENGTH) -> str:
    """An HTML-escaped excerpt of `text` around the first match, matches wrapped in <mark>.
    Terms match at word starts (short ones as whole words), as the search itself does."""
    if not text:
        return ""
    folded, positions = _folded_with_positions(text)
    pattern = re.compile("|".join(word_pattern(term) for term in sorted(terms, key=len, reverse=True)))
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


_LEADING_PUNCTUATION = " \t\n.,;:|-\u2013\u2014"  # and en and em dashes


def snippet(title: str, body: str, terms: list[str], length: int = SNIPPET_LENGTH) -> str:
    """The excerpt shown under a result's title: `highlight` of the body, without the title said
    twice. A body that opens with the title ("Espacenet. Espacenet is …") loses that opening, and a
    document with no body of its own gets no snippet, since the title is already shown above it."""
    text = " ".join((body or "").split())
    name = " ".join((title or "").split())
    if name and fold(text[: len(name)]) == fold(name):
        rest = text[len(name) :]
        # Only a whole-word repeat: "Espacenet" in "Espacenet's coverage" stays.
        if not rest or not (rest[0].isalnum() or rest[0] in "'\u2019"):
            text = rest.lstrip(_LEADING_PUNCTUATION)
    if not text:
        return ""
    return highlight(text, terms, length)
