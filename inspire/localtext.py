"""Curated short texts in the reader's language, English where no translation is recorded.

A model with translatable texts keeps them in a `translations` JSON field, `{language: {field: text}}`,
beside the English source field. Content files hold the same mapping beside the source text, and
the admin edits each language in its own box next to the English.
"""

from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _

TRANSLATED_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def page_in_language(path: str, language: str) -> str:
    """One of the site's pages, given by its English address, as the same page in `language`."""
    if language == settings.LANGUAGE_CODE:
        return path
    with translation.override(settings.LANGUAGE_CODE):
        return translate_url(path, language)


@dataclass(frozen=True)
class LocalText:
    text: str
    language: str
    # The reader asked for another language and none is recorded: the page says so.
    english_only: bool


def local_text(obj, field: str) -> LocalText:
    source = getattr(obj, field)
    language = get_language()
    if language == settings.LANGUAGE_CODE or not source:
        return LocalText(source, settings.LANGUAGE_CODE, False)
    translated = (obj.translations.get(language) or {}).get(field, "")
    if translated:
        return LocalText(translated, language, False)
    return LocalText(source, settings.LANGUAGE_CODE, True)


def translation_field_name(field: str, language: str) -> str:
    return f"{field}_{language.replace('-', '_')}"


def translations_form(model, fields: tuple[str, ...], base: type[forms.ModelForm] = forms.ModelForm):
    """`base` (a ModelForm) with one box per translated language for each of `fields`. The boxes
    are gathered into `cleaned_data["translations"]` (and the instance's `translations`), so a
    service writing from cleaned_data stores them like any other field."""

    declared = {}
    for field in fields:
        label = model._meta.get_field(field).verbose_name
        for language in TRANSLATED_LANGUAGES:
            declared[translation_field_name(field, language)] = forms.CharField(
                label=f"{label} ({get_language_info(language)['name_local']})",
                required=False,
                strip=True,
                widget=forms.Textarea(attrs={"rows": 3, "lang": language}),
            )

    def __init__(self, *args, **kwargs):
        base.__init__(self, *args, **kwargs)
        for language, texts in (self.instance.translations or {}).items():
            for field, text in texts.items():
                name = translation_field_name(field, language)
                if name in self.fields:
                    self.initial.setdefault(name, text)

    def clean(self):
        cleaned = base.clean(self)
        translations = {}
        for language in TRANSLATED_LANGUAGES:
            texts = {field: cleaned.pop(translation_field_name(field, language), "") for field in fields}
            texts = {field: text for field, text in texts.items() if text}
            if texts:
                translations[language] = texts
        cleaned["translations"] = self.instance.translations = translations
        return cleaned

    attributes = {**declared, "__init__": __init__, "clean": clean}
    if base is forms.ModelForm:
        attributes["Meta"] = type("Meta", (), {"model": model, "exclude": ["translations"]})
    return type(f"{model.__name__}TranslationsForm", (base,), attributes)


def translation_fieldsets_row(field: str) -> tuple[str, ...]:
    return tuple(translation_field_name(field, language) for language in TRANSLATED_LANGUAGES)


TRANSLATIONS_HELP = _(
    "Translations of the English text; leave a language empty to show the English with an “English only” note."
)
