from django.utils.translation import gettext_lazy as _

from inspire.search.providers import IndexEntry, SearchProvider, plain_text
from policies.models import Institution, Policy


class PolicyProvider(SearchProvider):
    model = Policy
    kind = "policy"
    label = _("Institutional IP policies")
    dependencies = {Institution: lambda institution: institution.policies.select_related("institution")}

    def queryset(self):
        return Policy.objects.select_related("institution")

    def entry(self, policy: Policy) -> IndexEntry:
        institution = policy.institution
        return IndexEntry(
            title=f"{policy.title} ({institution.name})",
            body=plain_text(policy.get_policy_type_display(), institution.country.name, policy.summary),
            url=policy.get_absolute_url(),
        )


class InstitutionProvider(SearchProvider):
    model = Institution
    kind = "institution"
    label = _("Universities and research institutions")

    def entry(self, institution: Institution) -> IndexEntry:
        return IndexEntry(
            title=institution.name,
            body=plain_text(institution.get_kind_display(), institution.country.name, markdown=False),
            url=institution.get_absolute_url(),
        )


PROVIDERS = [PolicyProvider, InstitutionProvider]
