from policies.models import Institution
from policies.tests.factories import PolicyFactory


def test_curator_admin_lists_and_exports_policies(client, staff_user, db):
    PolicyFactory(title="Exported policy")
    client.force_login(staff_user)
    assert client.get("/admin/policies/policy/").status_code == 200
    assert client.get("/admin/policies/institution/").status_code == 200
    export = client.post("/admin/policies/policy/export/", {"format": "0", "resource": "0"})
    assert export.status_code == 200


def test_admin_import_of_institutions_derives_the_region(client, staff_user, db):
    from tablib import Dataset

    from policies.admin import InstitutionResource

    data = Dataset(headers=["slug", "name", "country", "kind", "website", "source_url", "reviewed_on"])
    data.append(["nbo", "Nairobi Imported", "KE", "university", "", "https://example.org/", "2026-11-24"])
    result = InstitutionResource().import_data(data, dry_run=False)
    assert not result.has_errors()
    assert Institution.objects.get(slug="nbo").continent == "AF"
