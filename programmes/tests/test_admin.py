import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from programmes.models import EligibilityList, Statistic

pytestmark = pytest.mark.django_db

MODELS = ["source", "programme", "provider", "eligibilitylist", "statistic"]


@pytest.mark.parametrize("model", MODELS)
def test_every_admin_page_opens(admin_client, loaded, model):
    assert admin_client.get(f"/admin/programmes/{model}/").status_code == 200
    assert admin_client.get(f"/admin/programmes/{model}/add/").status_code == 200


def test_a_curator_adds_a_yearly_figure_with_its_source(admin_client, loaded):
    programme = EligibilityList.objects.get(slug="aspi-group-1").programme
    source = programme.sources.get(key="wipo-tisc-report-2023")
    data = {"programme": programme.pk, "year": 2023, "metric": "logins", "value": 1234, "qualifier": "exact"}
    response = admin_client.post("/admin/programmes/statistic/add/", {**data, "note": "", "source": source.pk})
    assert response.status_code == 302
    assert Statistic.objects.get(programme=programme, metric="logins").value == 1234


def test_a_figure_needs_a_source_and_a_sensible_year(admin_client, loaded):
    programme = EligibilityList.objects.get(slug="aspi-group-1").programme
    data = {"programme": programme.pk, "year": 1890, "metric": "logins", "value": 5, "qualifier": "exact"}
    response = admin_client.post("/admin/programmes/statistic/add/", data)
    assert response.status_code == 200
    assert set(response.context["adminform"].form.errors) == {"year", "source"}
    assert not Statistic.objects.filter(metric="logins").exists()


def test_importing_a_list_file_in_the_admin_uses_the_content_loader(admin_client, loaded):
    text = (
        "programme: aspi\nname: ASPI Group 3\naccess: low_cost\ninstitution_types: [ip_office]\n"
        "countries: [IN]\ncomplete: false\nsource: aspi-faq\nreviewed_on: 2026-12-02\n"
    )
    upload = SimpleUploadedFile("aspi-group-3.yaml", text.encode())
    response = admin_client.post("/admin/programmes/eligibilitylist/import-content/", {"files": [upload]})
    assert response.status_code == 302
    group = EligibilityList.objects.get(slug="aspi-group-3")
    assert [country.code for country in group.countries] == ["IN"]


def test_an_invalid_import_is_refused_with_file_and_line(admin_client, loaded):
    upload = SimpleUploadedFile("aspi-group-3.yaml", b"programme: aspi\naccess: cheap\n")
    response = admin_client.post("/admin/programmes/eligibilitylist/import-content/", {"files": [upload]})
    assert response.status_code == 400
    assert any(error.startswith("aspi-group-3.yaml:2: access") for error in response.context["errors"])
    assert EligibilityList.objects.get(slug="aspi-group-3").countries == []
