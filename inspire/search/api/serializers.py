from django.utils.translation import gettext as _
from rest_framework import serializers

from inspire.search.providers import kind_labels
from inspire.search.text import snippet


class SearchParamsSerializer(serializers.Serializer):
    q = serializers.CharField(max_length=500, help_text="Words to find; each matches as a word prefix.")
    kind = serializers.CharField(required=False, allow_blank=True, help_text="Limit to one kind of document.")

    def validate_kind(self, value):
        if value and value not in kind_labels():
            raise serializers.ValidationError(
                _("Unknown kind. Choose one of: %(kinds)s.") % {"kinds": ", ".join(kind_labels())}
            )
        return value


class SearchResultSerializer(serializers.Serializer):
    kind = serializers.CharField()
    kind_label = serializers.SerializerMethodField()
    language = serializers.CharField(help_text="Language of the title and snippet (a code of the hub's languages).")
    title = serializers.CharField()
    url = serializers.SerializerMethodField(help_text="The page, in the language the request asked for.")
    snippet = serializers.SerializerMethodField(
        help_text="HTML-escaped excerpt; matches wrapped in <mark>. Empty when it would only repeat the title."
    )
    published_at = serializers.DateTimeField(allow_null=True)
    rank = serializers.FloatField(
        help_text='Higher is better; compare only within one response (if `matched` is "any", it scores words found).'
    )

    def get_kind_label(self, document) -> str:
        return str(kind_labels().get(document.kind, document.kind))

    def get_url(self, document) -> str:
        return self.context["request"].build_absolute_uri(document.url)

    def get_snippet(self, document) -> str:
        return snippet(document.title, document.body, self.context["terms"])
