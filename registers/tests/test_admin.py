from registers.models import Jurisdiction
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
