from django.utils.translation import gettext_lazy as _

from databases.models import PatentDatabase
from inspire.localtext import local_text
from inspire.search.providers import IndexEntry, SearchProvider, plain_text


class PatentDatabaseProvider(SearchProvider):
    model = PatentDatabase
    kind = "database"
    label = _("Patent databases")

    def entry(self, database: PatentDatabase) -> IndexEntry | None:
        if not database.is_published:
            return None
        return IndexEntry(
            title=database.name,
            body=plain_text(database.provider, database.summary, database.overview, database.strengths, database.tips),
            url=database.get_absolute_url(),
        )

    def translated_entry(self, database: PatentDatabase, entry: IndexEntry) -> IndexEntry | None:
        summary = local_text(database, "summary")
        if summary.english_only:
            return None
        return IndexEntry(title=database.name, body=plain_text(database.provider, summary.text), url=entry.url)


PROVIDERS = [PatentDatabaseProvider]
