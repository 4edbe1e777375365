import pytest

pytestmark = pytest.mark.django_db


def test_pages_render(client, cast, records, project_a, inst_a1):
    from tisc.periods import Period
    from tisc.services.reports import report_open

    report = report_open(network=inst_a1.network, institution=inst_a1, period=Period(2026, 1))
    client.force_login(cast["coordinator_a"])
    for url in [
        "/tisc/",
        "/tisc/institutions/",
        "/tisc/networks/network-a/",
        "/tisc/institutions/a-one/",
        "/tisc/networks/network-a/dashboard/",
        "/tisc/workspace/",
        "/tisc/workspace/institutions/a-one/",
        "/tisc/workspace/institutions/a-one/dashboard/",
        "/tisc/workspace/institutions/a-one/upload/",
        "/tisc/workspace/networks/network-a/project/",
        "/tisc/workspace/networks/network-a/people/",
        "/tisc/workspace/reports/",
        f"/tisc/workspace/reports/{report.pk}/",
        f"/tisc/workspace/reports/{report.pk}/print/",
        f"/tisc/workspace/reports/{report.pk}/report.csv",
    ]:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
