import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tisc import content
from tisc.models import Institution, Membership, Network

pytestmark = pytest.mark.django_db

ADMIN_PAGES = [
    "network",
    "institution",
    "membership",
    "servicerequest",
    "trainingevent",
    "report",
    "monthlyrollup",
]


@pytest.mark.parametrize("model", ADMIN_PAGES)
def test_admin_lists_open_for_staff(client, staff_user, records, model):
    client.force_login(staff_user)
    assert client.get(f"/admin/tisc/{model}/").status_code == 200


def test_records_are_read_only_in_the_admin(client, staff_user, records):
    client.force_login(staff_user)
    assert client.get("/admin/tisc/servicerequest/add/").status_code == 403


def test_admin_imports_directory_files_through_the_loader(client, staff_user):
    client.force_login(staff_user)
    files = [
        SimpleUploadedFile("uganda.yaml", (content.ROOT / "networks" / "uganda.yaml").read_bytes()),
        SimpleUploadedFile("uganda.csv", (content.ROOT / "institutions" / "uganda.csv").read_bytes()),
    ]
    response = client.post("/admin/tisc/network/import-content/", {"files": files})
    assert response.status_code == 302
    assert Institution.objects.filter(network__country="UG").count() == 11
    broken = SimpleUploadedFile("uganda.yaml", b"name: Uganda\ncountry: XX\n")
    response = client.post("/admin/tisc/network/import-content/", {"files": [broken]})
    assert response.status_code == 400
    assert "uganda.yaml:2: country" in response.content.decode()


def test_curators_give_roles_through_the_admin(client, staff_user, cast, network_a):
    client.force_login(staff_user)
    person = cast["outsider"]
    response = client.post(
        "/admin/tisc/membership/add/", {"user": person.pk, "role": "coordinator", "network": network_a.pk}
    )
    assert response.status_code == 302
    assert Membership.objects.filter(user=person, role="coordinator", network=network_a).exists()
    bad = client.post("/admin/tisc/membership/add/", {"user": person.pk, "role": "staff", "network": network_a.pk})
    assert bad.status_code == 200  # the form explains that staff need an institution
    assert not Membership.objects.filter(user=person, role="staff").exists()
    assert Network.objects.count() == 2
