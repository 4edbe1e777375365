"""Every write to the programmes goes through here: the content seeds (see inspire.content.seeding)
and the curators' figures, which the admin saves through `statistic_save`."""

from collections.abc import Callable
from typing import TYPE_CHECKING

from django.db import transaction

from inspire.content.seeding import Seeder
from programmes.models import EligibilityList, Product, Programme, Provider, Source, Statistic

if TYPE_CHECKING:
    from programmes.content.schema import ListEntry, ProgrammeEntry, SourceEntry, StatisticRow


@transaction.atomic
def source_seed(*, entry: "SourceEntry", seeder: Seeder) -> Source | None:
    values = entry.model_dump(exclude={"key", "url"})
    values["url"] = entry.url or ""
    return seeder.seed(Source, key=f"programmes/sources/{entry.key}", lookup={"key": entry.key}, values=values)


@transaction.atomic
def programme_seed(
    *, slug: str, entry: "ProgrammeEntry", sources: Callable[[str], Source | None], seeder: Seeder
) -> Programme | None:
    """The programme, then its providers and their products; rows a curator deleted stay deleted."""
    from databases.models import PatentDatabase

    values = entry.model_dump(exclude={"sources", "providers", "registration_url"})
    values["registration_url"] = entry.registration_url or ""
    cited = [row for key in entry.sources if (row := sources(key)) is not None]
    programme = seeder.seed(
        Programme, key=f"programmes/{slug}", lookup={"slug": slug}, values=values, many={"sources": cited}
    )
    if programme is None:
        return None
    for order, item in enumerate(entry.providers):
        source = sources(item.source)
        if source is None:
            continue
        provider = seeder.seed(
            Provider,
            key=f"programmes/{slug}/providers/{item.slug}",
            lookup={"programme": programme, "slug": item.slug},
            values={"name": item.name, "website": item.website or "", "order": order, "source": source},
        )
        if provider is None:
            continue
        for product in item.products:
            database = PatentDatabase.objects.filter(slug=product.database).first() if product.database else None
            seeder.seed(
                Product,
                key=f"programmes/{slug}/providers/{item.slug}/{product.name}",
                lookup={"provider": provider, "name": product.name},
                values={"database": database},
            )
    return programme


@transaction.atomic
def eligibility_list_seed(
    *, slug: str, entry: "ListEntry", programme: Programme, source: Source, seeder: Seeder
) -> EligibilityList | None:
    values = entry.model_dump(exclude={"programme", "source", "countries"})
    # The field stores countries sorted; sorting here keeps a reload from seeing a change.
    values.update(programme=programme, source=source, countries=sorted(entry.countries))
    return seeder.seed(EligibilityList, key=f"programmes/lists/{slug}", lookup={"slug": slug}, values=values)


@transaction.atomic
def statistic_seed(*, entry: "StatisticRow", programme: Programme, source: Source, seeder: Seeder) -> Statistic | None:
    return seeder.seed(
        Statistic,
        key=f"programmes/statistics/{programme.slug}/{entry.metric}/{entry.year}",
        lookup={"programme": programme, "metric": entry.metric, "year": entry.year},
        values={"value": entry.value, "qualifier": entry.qualifier, "note": entry.note, "source": source},
    )


@transaction.atomic
def statistic_save(*, statistic: Statistic) -> Statistic:
    """A curator's figure, added or corrected in the admin."""
    statistic.full_clean()
    statistic.save()
    return statistic
