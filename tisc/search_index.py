from django.utils.translation import gettext_lazy as _

from inspire.search.providers import IndexEntry, SearchProvider, plain_text
from tisc.models import Institution, Network


class NetworkProvider(SearchProvider):
    model = Network
    kind = "tisc_network"
    label = _("TISC networks")

    def entry(self, network: Network) -> IndexEntry | None:
        if not network.is_published:
            return None
        return IndexEntry(
            title=network.name,
            body=plain_text(network.coordinator, network.country_name, network.summary),
            url=network.get_absolute_url(),
        )


class InstitutionProvider(SearchProvider):
    model = Institution
    kind = "tisc_institution"
    label = _("TISC host institutions")
    dependencies = {Network: lambda network: network.institutions.all()}

    def queryset(self):
        return Institution.objects.select_related("network")

    def entry(self, institution: Institution) -> IndexEntry | None:
        if not (institution.is_published and institution.network.is_published):
            return None
        return IndexEntry(
            title=institution.name,
            body=plain_text(
                institution.get_kind_display(),
                institution.city,
                institution.network.name,
                institution.note,
                markdown=False,
            ),
            url=institution.get_absolute_url(),
        )


PROVIDERS = [NetworkProvider, InstitutionProvider]
