"""Loads the register portal's curated content: every jurisdiction, offices, resources, files."""

from datetime import date

from inspire.jurisdictions import OTHER_BODIES, REGIONAL_OFFICES, portal_jurisdictions, region_of
from registers import services
from registers.data.files import FILES
from registers.data.memberships import MEMBERS, MEMBERSHIP_SOURCES
from registers.data.offices import OFFICES
from registers.models import Jurisdiction

REVIEWED_ON = date(2026, 11, 24)
ISO_SOURCE = "https://www.iso.org/iso-3166-country-codes.html"


def _kind(code: str) -> str:
    if code in OTHER_BODIES:
        return Jurisdiction.Kind.COURT
    if code in REGIONAL_OFFICES:
        return Jurisdiction.Kind.REGIONAL
    return Jurisdiction.Kind.COUNTRY


def load() -> str:
    jurisdictions = {}
    for code, name in portal_jurisdictions().items():
        office = OFFICES.get(code, {})
        jurisdictions[code] = services.jurisdiction_upsert(
            code=code,
            name=name,
            kind=_kind(code),
            region=region_of(code),
            office_name=office.get("office_name", ""),
            office_url=office.get("office_url", ""),
            source_url=MEMBERSHIP_SOURCES.get(code) or office.get("office_url") or ISO_SOURCE,
            reviewed_on=REVIEWED_ON,
        )
    resource_count = 0
    for code, office in OFFICES.items():
        for item in office.get("resources", []):
            services.resource_upsert(
                jurisdiction=jurisdictions[code], source_url=item["url"], reviewed_on=REVIEWED_ON, **item
            )
            resource_count += 1
    for code, members in MEMBERS.items():
        services.jurisdiction_memberships_set(organisation=jurisdictions[code], member_codes=members)
    for code, entry in FILES.items():
        values = {key: value for key, value in entry.items() if key != "samples"}
        source = next((item["url"] for item in OFFICES[code].get("resources", [])), OFFICES[code]["office_url"])
        services.jurisdiction_file_upsert(
            jurisdiction=jurisdictions[code], source_url=source, reviewed_on=REVIEWED_ON, **values
        )
        for kind, as_printed, as_entered, notes in entry.get("samples", []):
            services.sample_number_upsert(
                jurisdiction=jurisdictions[code], kind=kind, as_printed=as_printed, as_entered=as_entered, notes=notes
            )
    return (
        f"{len(jurisdictions)} jurisdictions, {len(OFFICES)} offices, {resource_count} resources, "
        f"{len(FILES)} jurisdiction files"
    )
