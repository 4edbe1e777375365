"""Initials avatars: a coloured circle with a member's initials, drawn by etisc.css (no images, no outside service)."""

import re
import zlib

# As many colours as etisc.css has `.etisc-avatar-N` classes; white initials on each reach WCAG AA (4.5:1).
AVATAR_COLOURS = 12

_WORD_PARTS = re.compile(r"[._+-]+")


def avatar_initials(name: str) -> str:
    """First and last initials ("Ana María Pérez" → "AP"); one word splits at dots, dashes and underscores
    ("demo-coordinator" → "DC")."""
    words = name.split()
    if len(words) == 1:
        words = [part for part in _WORD_PARTS.split(words[0]) if part] or words
    if not words:
        return ""
    ends = [words[0], words[-1]] if len(words) > 1 else [words[0]]
    return "".join(_first_letter(word).upper()[:1] for word in ends)


def _first_letter(word: str) -> str:
    return next((char for char in word if char.isalnum()), word[:1])


def avatar_colour(username: str) -> int:
    """The palette index of a member, the same on every page and after a change of display name."""
    # crc32 rather than hash(): Python salts string hashes per process.
    return zlib.crc32(username.encode()) % AVATAR_COLOURS
