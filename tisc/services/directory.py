"""Seeding the directory from content files (see inspire.content.seeding): networks, host
institutions and the services they are recorded as offering."""

from typing import TYPE_CHECKING

from django.db import transaction

from inspire.content.seeding import Seeder
from tisc.models import Institution, InstitutionService, Network

if TYPE_CHECKING:
    from tisc.content.schema import DemoInstitution, DemoNetwork, InstitutionRow, NetworkEntry


@transaction.atomic
def network_seed(*, slug: str, entry: "NetworkEntry", seeder: Seeder) -> Network | None:
    values = {
        "name": entry.name,
        "country": entry.country,
        "coordinator": entry.coordinator,
        "coordinator_url": entry.coordinator_url or "",
        "since_year": entry.since_year,
        "stated_host_count": entry.stated_host_count,
        "stated_host_count_year": entry.stated_host_count_year,
        "stated_host_count_source": entry.stated_host_count_source or "",
        "summary": entry.summary,
        "dashboard_public": entry.dashboard_public,
        "is_demo": False,
        "source_url": entry.source,
        "reviewed_on": entry.reviewed_on,
    }
    return seeder.seed(Network, key=f"tisc/networks/{slug}", lookup={"slug": slug}, values=values)


def _services_seed(*, institution: Institution, codes, source: str, seeder: Seeder) -> None:
    for code in codes:
        seeder.seed(
            InstitutionService,
            key=f"tisc/institutions/{institution.slug}/services/{code.value}",
            lookup={"institution": institution, "service": code.value},
            values={"source_url": source},
        )


@transaction.atomic
def institution_seed(
    *, network: Network, row: "InstitutionRow", host_services: list, host_services_source: str, seeder: Seeder
) -> Institution | None:
    values = {
        "network": network,
        "name": row.name,
        "kind": row.kind.value,
        "city": row.city,
        "since_year": row.since_year,
        "languages": list(row.languages),
        "website": row.website or "",
        "contact_url": row.contact_url or "",
        "contact_email": row.contact_email,
        "note": row.note,
        "source_url": row.source or "",
        "reviewed_on": row.reviewed_on,
    }
    institution = seeder.seed(
        Institution, key=f"tisc/institutions/{row.slug}", lookup={"slug": row.slug}, values=values
    )
    if institution is None:
        return None
    own = [code for code in row.services if code not in host_services]
    _services_seed(institution=institution, codes=own, source="", seeder=seeder)
    _services_seed(institution=institution, codes=host_services, source=host_services_source, seeder=seeder)
    return institution


@transaction.atomic
def demo_network_seed(*, entry: "DemoNetwork", seeder: Seeder) -> Network | None:
    values = {
        "name": entry.name,
        "country": "",
        "coordinator": entry.coordinator,
        "since_year": entry.since_year,
        "summary": entry.summary,
        "dashboard_public": entry.dashboard_public,
        "is_demo": True,
    }
    return seeder.seed(Network, key=f"tisc/networks/{entry.slug}", lookup={"slug": entry.slug}, values=values)


@transaction.atomic
def demo_institution_seed(*, network: Network, entry: "DemoInstitution", seeder: Seeder) -> Institution | None:
    values = {
        "network": network,
        "name": entry.name,
        "kind": entry.kind.value,
        "city": entry.city,
        "since_year": entry.since_year,
        "languages": list(entry.languages),
        "contact_email": entry.contact_email,
    }
    institution = seeder.seed(
        Institution, key=f"tisc/institutions/{entry.slug}", lookup={"slug": entry.slug}, values=values
    )
    if institution is not None:
        _services_seed(institution=institution, codes=entry.services, source="", seeder=seeder)
    return institution
