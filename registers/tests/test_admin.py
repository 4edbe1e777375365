from django.core.files.uploadedfile import SimpleUploadedFile

from registers.models import Jurisdiction, Resource
from registers.tests.factories import ColumnAbsenceFactory, JurisdictionFileFactory, JurisdictionNoteFactory


def test_curator_edits_a_jurisdiction_with_its_file_and_notes_inline(client, staff_user, france, france_register):
    JurisdictionFileFactory(jurisdiction=france)
    JurisdictionNoteFactory(jurisdiction=france, text="The BOPI comes out every Thursday.")
    client.force_login(staff_user)
    assert client.get("/admin/registers/jurisdiction/").status_code == 200
    html = client.get(f"/admin/registers/jurisdiction/{france.pk}/change/").content.decode()
    assert "data.inpi.fr" in html and "Search by" in html
    assert "The BOPI comes out every Thursday." in html and 'name="notes-0-topic"' in html


def test_jurisdictions_export_as_csv_with_member_codes_and_three_state_columns(client, staff_user, france, epo):
    france.memberships.add(epo)
    Resource.objects.create(jurisdiction=france, kind="register", title="data.inpi.fr", url="https://data.inpi.fr/")
    ColumnAbsenceFactory(jurisdiction=france, column="gazette")
    client.force_login(staff_user)
    fields = ("code", "name", "memberships", "register", "gazette", "spc")
    response = client.post(
        "/admin/registers/jurisdiction/export/",
        {"format": "0", **{f"jurisdictionresource_{f}": "on" for f in fields}},
    )
    assert response.status_code == 200
    assert "FR,France,EP,Yes,No,Not recorded" in response.content.decode()
    assert Jurisdiction.objects.count() == 2


def test_resources_export_unchecked_features_as_not_recorded(client, staff_user, france, france_register):
    client.force_login(staff_user)
    response = client.post(
        "/admin/registers/resource/export/",
        {"format": "0", **{f"resourceresource_{f}": "on" for f in ("url", "has_api")}},
    )
    assert "https://data.inpi.fr/,Not recorded" in response.content.decode()


def test_resources_are_imported_as_content_files_not_csv(client, staff_user, france):
    client.force_login(staff_user)
    upload = SimpleUploadedFile(
        "FR.yaml",
        b"source: https://www.inpi.fr/\nreviewed_on: 2026-12-01\nresources:\n- kinds: [register]\n"
        b"  title: data.inpi.fr\n  url: https://data.inpi.fr/\n  languages: fr\n"
        b"  source: https://www.inpi.fr/\n  reviewed_on: 2026-12-01\n",
    )
    response = client.post("/admin/registers/resource/import-content/", {"files": [upload]})
    assert response.status_code == 302
    assert Resource.objects.get().jurisdiction == france
