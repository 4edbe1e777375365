import tablib

from registers.admin import ResourceResource
from registers.models import Jurisdiction, Resource
from registers.tests.factories import JurisdictionFileFactory


def test_curator_edits_a_jurisdiction_with_its_file_inline(client, staff_user, france, france_register):
    JurisdictionFileFactory(jurisdiction=france)
    client.force_login(staff_user)
    assert client.get("/admin/registers/jurisdiction/").status_code == 200
    html = client.get(f"/admin/registers/jurisdiction/{france.pk}/change/").content.decode()
    assert "data.inpi.fr" in html and "Search by" in html


def test_jurisdictions_export_as_csv_with_member_codes(client, staff_user, france, epo):
    france.memberships.add(epo)
    client.force_login(staff_user)
    response = client.post(
        "/admin/registers/jurisdiction/export/",
        {"format": "0", **{f"jurisdictionresource_{f}": "on" for f in ("code", "name", "memberships")}},
    )
    assert response.status_code == 200
    assert "FR,France,EP" in response.content.decode()
    assert Jurisdiction.objects.count() == 2


def test_resources_import_from_csv_by_jurisdiction_code_and_reimport_changes_nothing(db, france):
    dataset = tablib.Dataset(headers=["jurisdiction", "kind", "title", "url", "languages", "access"])
    dataset.append(["FR", "register", "data.inpi.fr", "https://data.inpi.fr/", "fr", "free"])
    result = ResourceResource().import_data(dataset, dry_run=False)
    assert not result.has_errors() and not result.has_validation_errors()
    assert Resource.objects.get().jurisdiction == france
    again = ResourceResource().import_data(dataset, dry_run=False)
    assert again.totals["skip"] == 1
    assert Resource.objects.count() == 1
