import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

from inspire.accounts.models import User
from inspire.content.errors import ContentInvalid
from inspire.content.registry import errors_of
from inspire.content.seeding import Seeder
from tisc import content
from tisc.models import Institution, InstitutionService, Membership, Network, Report, ServiceRequest

pytestmark = pytest.mark.django_db


def counts() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (Network, Institution, InstitutionService, Membership, ServiceRequest, Report)
    }


def test_the_real_directory_loads_with_a_source_for_every_entry():
    content.load(Seeder())
    real = Network.objects.filter(is_demo=False)
    assert set(real.values_list("country", flat=True)) == {"PH", "UG", "CN"}
    assert Institution.objects.filter(network__is_demo=False).count() == 24
    for institution in Institution.objects.filter(network__is_demo=False).select_related("network"):
        assert institution.provenance.startswith("http"), institution
    philippines = Network.objects.get(country="PH")
    assert philippines.stated_host_count == 103 and philippines.size(13) == 103
    # The services the ITSO network's source states for every host institution, with that source.
    assert InstitutionService.objects.filter(institution__network=philippines).count() == 13 * 3
    assert not Network.objects.filter(is_demo=True).exclude(country="").exists()


def test_the_demo_workspace_loads_a_year_of_records_and_its_reports_once():
    call_command("load_content", "--only", "tisc")
    first = counts()
    assert first["ServiceRequest"] > 1000 and first["Report"] == 6
    statuses = sorted(Report.objects.values_list("status", flat=True))
    assert statuses == ["accepted", "accepted", "accepted", "returned", "submitted", "submitted"]
    coordinator = User.objects.get(username="demo-coordinator")
    assert Membership.objects.filter(user=coordinator, role="coordinator", network__slug="demo-network-a").exists()
    assert not coordinator.has_usable_password()  # test settings set no demo password
    call_command("load_content", "--only", "tisc")
    assert counts() == first


def test_the_same_seed_gives_the_same_records():
    from tisc.content.generator import generate

    one = generate(seed=7, slug="x", volume=1, start=__import__("datetime").date(2025, 1, 1), months=3)
    two = generate(seed=7, slug="x", volume=1, start=__import__("datetime").date(2025, 1, 1), months=3)
    assert one == two and one[0]


def test_demo_accounts_sign_in_only_where_a_demo_password_is_set(client, settings):
    settings.TISC_DEMO_PASSWORD = "demo-pass-for-tests"
    call_command("load_content", "--only", "tisc")
    response = client.post("/accounts/login/", {"username": "demo-coordinator", "password": "demo-pass-for-tests"})
    assert response.status_code == 302
    assert client.get("/tisc/workspace/networks/demo-network-a/project/").status_code == 200


@pytest.fixture
def copy_of_content(tmp_path) -> Path:
    root = tmp_path / "tisc"
    shutil.copytree(content.ROOT / "networks", root / "networks")
    shutil.copytree(content.ROOT / "institutions", root / "institutions")
    return root


def test_a_broken_file_is_reported_with_its_file_and_line(copy_of_content):
    path = copy_of_content / "networks" / "uganda.yaml"
    path.write_text(path.read_text().replace("since_year: 2015", "since_year: long ago"))
    rows = copy_of_content / "institutions" / "uganda.csv"
    rows.write_text(
        rows.read_text().replace(
            "ug-makerere-university,Makerere University,university", "ug-makerere-university,Makerere University,castle"
        )
    )
    with pytest.raises(ContentInvalid) as raised:
        content.read(copy_of_content, demo=False)
    messages = [f"{error.path.name}:{error.line}: {error.message}" for error in raised.value.errors]
    assert any(message.startswith("uganda.yaml:4: since_year") for message in messages), messages
    assert any(message.startswith("uganda.csv:3: kind") for message in messages), messages


def test_a_real_network_must_cite_the_page_that_states_the_count(copy_of_content):
    path = copy_of_content / "networks" / "uganda.yaml"
    path.write_text("\n".join(line for line in path.read_text().splitlines() if "stated_host_count_source" not in line))
    with pytest.raises(ContentInvalid, match="stated_host_count_source"):
        content.read(copy_of_content, demo=False)


def test_a_curators_edit_survives_a_reload_and_an_untouched_field_follows_the_file(copy_of_content):
    content.load(Seeder(), root=copy_of_content)
    Institution.objects.filter(slug="ug-makerere-university").update(city="Kampala")
    rows = copy_of_content / "institutions" / "uganda.csv"
    text = rows.read_text()
    text = text.replace(
        "ug-makerere-university,Makerere University,university,",
        "ug-makerere-university,Makerere University,university,Wakiso",
    )
    text = text.replace(
        "ug-kyambogo-university,Kyambogo University,university,",
        "ug-kyambogo-university,Kyambogo University,university,Kyambogo",
    )
    rows.write_text(text)
    seeder = Seeder()
    content.load(seeder, root=copy_of_content)
    assert Institution.objects.get(slug="ug-makerere-university").city == "Kampala"
    assert Institution.objects.get(slug="ug-kyambogo-university").city == "Kyambogo"
    assert "tisc/institutions/ug-makerere-university.city: kept curator edit; file differs" in seeder.report.conflicts


def test_content_check_knows_the_app():
    assert errors_of(content) == []
