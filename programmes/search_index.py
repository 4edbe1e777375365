from django.utils.translation import gettext_lazy as _

from inspire.search.providers import IndexEntry, SearchProvider, plain_text
from programmes.models import Product, Programme, Provider


class ProgrammeProvider(SearchProvider):
    model = Programme
    kind = "programme"
    label = _("Access programmes")
    dependencies = {
        Provider: lambda provider: Programme.objects.filter(pk=provider.programme_id),
        Product: lambda product: Programme.objects.filter(providers=product.provider_id),
    }

    def queryset(self):
        return Programme.objects.prefetch_related("providers__products")

    def entry(self, programme: Programme) -> IndexEntry | None:
        products = " ".join(
            f"{provider.name} {' '.join(product.name for product in provider.products.all())}"
            for provider in programme.providers.all()
        )
        return IndexEntry(
            title=f"{programme.name} ({programme.acronym})",
            body=plain_text(programme.summary, programme.offers, programme.eligibility, products),
            url=programme.get_absolute_url(),
        )


PROVIDERS = [ProgrammeProvider]
