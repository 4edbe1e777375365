"""Acronyms the hub's readers type, and the words they stand for.

A query word that is one of these also matches its expansion ("PCT" finds "Patent Cooperation
Treaty"), and documents whose title holds the acronym or its expansion rank first. One curated
list in one place: add an entry here, and nothing else changes.
"""

from inspire.search.text import query_terms

ACRONYMS: dict[str, str] = {
    "PCT": "Patent Cooperation Treaty",
    "EPO": "European Patent Office",
    "SPC": "supplementary protection certificate",
    "FTO": "freedom to operate",
    "PLR": "patent landscape report",
    "WITT": "WIPO Technology Trends",
    "ASPI": "Access to Specialized Patent Information",
    "ARDI": "Access to Research for Development and Innovation",
    "TISC": "Technology and Innovation Support Center",
    "TTO": "technology transfer office",
}

# Folded, as query terms are: "pct" -> ["patent", "cooperation", "treaty"].
_EXPANSIONS: dict[str, list[str]] = {
    query_terms(acronym)[0]: query_terms(expansion) for acronym, expansion in ACRONYMS.items()
}


def expansion(term: str) -> list[str] | None:
    """The words `term` stands for when it is a known acronym (`term` folded, as from
    `query_terms`), else None."""
    return _EXPANSIONS.get(term)
