import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import NoReverseMatch, reverse

from policies.models import Institution, Policy, RegionalVersion
from policies.tests.factories import InstitutionFactory, PolicyFactory

NAIROBI = """\
name: Nairobi Imported University
country: KE
kind: university
source: https://nairobi.example.org/
reviewed_on: 2026-11-24
policies:
- type: ip
  title: Intellectual property policy
  source: https://nairobi.example.org/ip
  reviewed_on: 2026-11-24
"""


def test_curator_admin_lists_and_exports_policies(client, staff_user, db):
    PolicyFactory(title="Exported policy")
    client.force_login(staff_user)
    for model in ("policy", "institution", "checklisttopic", "checklistitem", "nationalversion", "regionalversion"):
        assert client.get(f"/admin/policies/{model}/").status_code == 200
        assert client.get(f"/admin/policies/{model}/import-content/").status_code == 200
    export = client.post("/admin/policies/policy/export/", {"format": "0", "resource": "0"})
    assert export.status_code == 200


def test_admin_import_of_an_institution_file_derives_the_region(client, staff_user, db):
    client.force_login(staff_user)
    upload = SimpleUploadedFile("nairobi-imported.yaml", NAIROBI.encode())
    response = client.post("/admin/policies/institution/import-content/", {"files": [upload]})
    assert response.status_code == 302
    institution = Institution.objects.get(slug="nairobi-imported")
    assert institution.continent == "AF"
    assert institution.policies.get().key == "ip"


def test_admin_import_of_a_broken_file_names_the_line_and_writes_nothing(client, staff_user, db):
    client.force_login(staff_user)
    upload = SimpleUploadedFile("nairobi-imported.yaml", NAIROBI.replace("type: ip", "type: gossip").encode())
    response = client.post("/admin/policies/policy/import-content/", {"files": [upload]})
    assert response.status_code == 400
    assert "nairobi-imported.yaml:7: policies.0.type: Input should be" in response.content.decode()
    assert not Institution.objects.exists()


@pytest.mark.parametrize(
    "model", ["institution", "policy", "checklisttopic", "checklistitem", "nationalversion", "regionalversion"]
)
def test_content_is_imported_only_as_content_files(model):
    assert reverse(f"admin:policies_{model}_import_content")
    with pytest.raises(NoReverseMatch):
        reverse(f"admin:policies_{model}_import")


def test_moving_an_institution_in_the_admin_moves_its_region(client, staff_user, db):
    institution = InstitutionFactory(slug="moving", country="FR")
    policy = PolicyFactory(institution=institution, key="ip")
    client.force_login(staff_user)
    form = {
        "slug": "moving",
        "name": institution.name,
        "country": "JP",
        "kind": institution.kind,
        "website": institution.website,
        "source_url": institution.source_url,
        "reviewed_on": "2026-12-02",
        "policies-TOTAL_FORMS": "1",
        "policies-INITIAL_FORMS": "1",
        "policies-0-id": policy.pk,
        "policies-0-institution": institution.pk,
        "policies-0-key": "ip",
        "policies-0-policy_type": "ip",
        "policies-0-title": "A retitled policy",
        "policies-0-language": "en",
        "policies-0-source_url": policy.source_url,
        "policies-0-reviewed_on": "2026-12-02",
    }
    response = client.post(f"/admin/policies/institution/{institution.pk}/change/", form)
    assert response.status_code == 302, response.content.decode()[:3000]
    institution.refresh_from_db()
    assert (institution.continent, institution.reviewed_on) == ("AS", datetime.date(2026, 12, 2))
    assert Policy.objects.get(pk=policy.pk).title == "A retitled policy"


REGIONAL = """\
region: Testland Union
title: Test regional model
description: A regional template.
members: [FR, KE]
members_source: https://union.example.org/members
source: https://union.example.org/model
reviewed_on: 2026-12-04
"""


def test_admin_import_of_a_regional_model_file_lists_its_members(client, staff_user, db):
    client.force_login(staff_user)
    upload = SimpleUploadedFile("testland.yaml", REGIONAL.encode())
    response = client.post("/admin/policies/regionalversion/import-content/", {"files": [upload]})
    assert response.status_code == 302
    version = RegionalVersion.objects.get(slug="testland")
    assert [country.code for country in version.members] == ["FR", "KE"]


def test_a_regional_model_with_one_member_is_refused_and_nothing_is_written(client, staff_user, db):
    client.force_login(staff_user)
    upload = SimpleUploadedFile("testland.yaml", REGIONAL.replace("[FR, KE]", "[FR]").encode())
    response = client.post("/admin/policies/regionalversion/import-content/", {"files": [upload]})
    assert response.status_code == 400
    assert "members" in response.content.decode()
    assert not RegionalVersion.objects.exists()
