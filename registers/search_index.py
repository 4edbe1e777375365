from django.utils.translation import gettext_lazy as _

from inspire.search.providers import IndexEntry, SearchProvider, plain_text
from registers.models import Jurisdiction, JurisdictionFile, Resource


class JurisdictionProvider(SearchProvider):
    model = Jurisdiction
    kind = "jurisdiction"
    label = _("Jurisdictions and registers")
    # A jurisdiction's entry includes its file and the titles of its registers and gazettes.
    dependencies = {
        JurisdictionFile: lambda file: [file.jurisdiction],
        Resource: lambda resource: [resource.jurisdiction],
    }

    def queryset(self):
        return Jurisdiction.objects.select_related("file").prefetch_related("resources")

    def entry(self, jurisdiction: Jurisdiction) -> IndexEntry:
        file = getattr(jurisdiction, "file", None)
        guidance = (file.how_to_search, file.search_tips, file.coverage_notes) if file else ()
        resources = " ".join(resource.title for resource in jurisdiction.resources.all())
        return IndexEntry(
            title=f"{jurisdiction.name} ({jurisdiction.code})",
            body=plain_text(jurisdiction.office_name, resources, *guidance),
            url=jurisdiction.get_absolute_url(),
        )


PROVIDERS = [JurisdictionProvider]
