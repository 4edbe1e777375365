from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q


class SearchDocumentQuerySet(models.QuerySet):
    def visible_to(self, user) -> "SearchDocumentQuerySet":
        """Public documents, plus those of members-only groups the user belongs to."""
        from inspire.search.providers import member_group_ids

        public = Q(restricted_to_group__isnull=True)
        if user is None or not user.is_authenticated:
            return self.filter(public)
        return self.filter(public | Q(restricted_to_group__in=member_group_ids(user)))


class SearchDocument(models.Model):
    """One searchable thing of any app, kept in step with its source object by signals.

    An object has one document per language it has texts of its own in (`language`; English, the
    source, always), each read by that language's text search configuration (`languages.CONFIGS`).
    `search_vector` (PostgreSQL) holds the title weighted A and the body weighted B, plus their CJK
    character pairs; `title_vector` holds the title alone, so the
    title matches of a common word are found without reading every document that mentions it.
    `plain_text` (lower-case, accents removed) serves the SQLite fallback only, so it stays empty
    on PostgreSQL to keep rows narrow.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=64)
    kind = models.CharField(max_length=32, db_index=True)
    language = models.CharField(max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE)
    title = models.CharField(max_length=300)
    body = models.TextField(blank=True)
    url = models.CharField(max_length=500)
    plain_text = models.TextField(blank=True)
    restricted_to_group = models.PositiveBigIntegerField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    search_vector = SearchVectorField(null=True, editable=False)
    title_vector = SearchVectorField(null=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SearchDocumentQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id", "language"], name="search_document_unique")
        ]
        # Most documents are public: index only the restricted few, so the planner never prefers a
        # scan of "public" rows over the full-text index.
        indexes = [
            models.Index(
                fields=["restricted_to_group"],
                condition=Q(restricted_to_group__isnull=False),
                name="search_document_restricted",
            ),
            GinIndex(fields=["title_vector"], name="search_document_title_gin"),
        ]

    def __str__(self) -> str:
        return f"{self.kind}: {self.title}"
