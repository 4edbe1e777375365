from django.utils.translation import gettext_lazy as _

from inspire.localtext import local_text
from inspire.search.providers import IndexEntry, SearchProvider, plain_text
from registers.models import FILE_PROSE, Jurisdiction, JurisdictionFile, JurisdictionNote, Resource


class JurisdictionProvider(SearchProvider):
    model = Jurisdiction
    kind = "jurisdiction"
    label = _("Jurisdictions and registers")
    # A jurisdiction's entry includes its file, its notes and the titles of its registers and gazettes.
    dependencies = {
        JurisdictionFile: lambda file: [file.jurisdiction],
        JurisdictionNote: lambda note: [note.jurisdiction],
        Resource: lambda resource: [resource.jurisdiction],
    }

    def queryset(self):
        return Jurisdiction.objects.select_related("file").prefetch_related("resources", "notes")

    def _resource_titles(self, jurisdiction: Jurisdiction) -> str:
        return " ".join(resource.title for resource in jurisdiction.resources.all())

    def entry(self, jurisdiction: Jurisdiction) -> IndexEntry:
        file = getattr(jurisdiction, "file", None)
        guidance = [getattr(file, field) for field in FILE_PROSE] if file else ()
        notes = (note.text for note in jurisdiction.notes.all())
        return IndexEntry(
            title=f"{jurisdiction.name} ({jurisdiction.code})",
            body=plain_text(jurisdiction.office_name, self._resource_titles(jurisdiction), *guidance, *notes),
            url=jurisdiction.get_absolute_url(),
        )

    def translated_entry(self, jurisdiction: Jurisdiction, entry: IndexEntry) -> IndexEntry | None:
        """In a language with the country's own name ("Allemagne"), translated notes or file."""
        file = getattr(jurisdiction, "file", None)
        texts = [local_text(note, "text") for note in jurisdiction.notes.all()]
        texts += [local_text(file, field) for field in FILE_PROSE] if file else []
        translated = [text.text for text in texts if text.text and not text.english_only]
        if jurisdiction.local_name == jurisdiction.name and not translated:
            return None
        return IndexEntry(
            title=f"{jurisdiction.local_name} ({jurisdiction.code})",
            body=plain_text(jurisdiction.office_name, self._resource_titles(jurisdiction), *translated),
            url=entry.url,
        )


PROVIDERS = [JurisdictionProvider]
