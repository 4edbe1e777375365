"""The language of each indexed document and the PostgreSQL text search configuration that reads it.

Each configuration unaccents before it stems ("délivrés" and "delivre" meet), and is created by the
search migrations. Arabic and Chinese have no stemmer in PostgreSQL: they are read word by word
("simple"), Chinese also as character pairs (`text.cjk_pairs`).
"""

from django.conf import settings

CONFIGS: dict[str, str] = {
    "en": "inspire",
    "fr": "inspire_french",
    "es": "inspire_spanish",
    "ru": "inspire_russian",
    "ar": "inspire_simple",
    "zh-hans": "inspire_simple",
}


def config_for(language: str) -> str:
    return CONFIGS.get(language, CONFIGS[settings.LANGUAGE_CODE])


def query_configs(language: str) -> list[str]:
    """The configurations a query in `language` is read with: its own and English's, since most of
    the hub is in English and English words are typed in every language."""
    return list(dict.fromkeys([config_for(language), config_for(settings.LANGUAGE_CODE)]))
