import pytest

from conftest import make_user
from inspire.accounts.models import User
from learning.models import Coordination

pytestmark = pytest.mark.django_db

MODELS = ["learningresource", "learningpath", "learningprovider", "topic", "coordination"]


@pytest.mark.parametrize("model", MODELS)
def test_every_admin_page_opens(admin_client, loaded, model):
    assert admin_client.get(f"/admin/learning/{model}/").status_code == 200
    assert admin_client.get(f"/admin/learning/{model}/add/").status_code == 200


def test_learners_progress_has_no_admin_page(admin_client, db):
    assert admin_client.get("/admin/learning/stepcompletion/").status_code == 404


def test_staff_assign_tisc_staff_to_a_coordinator(admin_client, db):
    coordinator = make_user("lead", User.Role.TISC_STAFF)
    member = make_user("staffer1", User.Role.TISC_STAFF)
    researcher = make_user("outsider", User.Role.RESEARCHER)
    response = admin_client.post(
        "/admin/learning/coordination/add/", {"coordinator": coordinator.pk, "member": member.pk}
    )
    assert response.status_code == 302
    response = admin_client.post(
        "/admin/learning/coordination/add/", {"coordinator": coordinator.pk, "member": researcher.pk}
    )
    assert response.status_code == 200 and "member" in response.context["adminform"].form.errors
    response = admin_client.post(
        "/admin/learning/coordination/add/", {"coordinator": coordinator.pk, "member": coordinator.pk}
    )
    assert response.status_code == 200
    assert Coordination.objects.count() == 1
