import re

from inspire.testing import assert_constant_queries
from registers.services import resource_link_record
from registers.tests.factories import ColumnAbsenceFactory, JurisdictionFactory, ResourceFactory
from registers.worldmap import country_shapes, project


def test_every_mapped_shape_has_an_iso_code_and_path():
    shapes = country_shapes()
    codes = {shape.code for shape in shapes}
    assert {"FR", "JP", "BR", "SG", "MT"} <= codes  # small states are in the 50m atlas
    assert all(shape.d.startswith("M") for shape in shapes)


def test_projection_keeps_the_map_orientation():
    paris_x, paris_y = project(2.35, 48.85)
    tokyo_x, tokyo_y = project(139.7, 35.7)
    rio_x, rio_y = project(-43.2, -22.9)
    assert rio_x < paris_x < tokyo_x
    assert paris_y < tokyo_y < rio_y


def test_map_links_each_country_to_its_file_and_colours_by_column(client, france, france_register):
    html = client.get("/registers/map/?column=register").content.decode()
    link = re.search(r'<a href="/registers/FR/" class="country state-(\w+)" data-code="FR"', html)
    assert link and link.group(1) == "yes"
    assert 'aria-label="France: yes"' in html
    assert 'id="map-data"' in html


def test_map_colours_yes_recorded_no_and_not_recorded_apart(client, france, france_register):
    ColumnAbsenceFactory(jurisdiction=france, column="gazette")
    JurisdictionFactory(code="DE", name="Germany", region="EU")
    html = client.get("/registers/map/?column=gazette").content.decode()
    assert 'class="country state-no" data-code="FR" aria-label="France: no, recorded as absent"' in html
    assert 'class="country state-unknown" data-code="DE" aria-label="Germany: not recorded"' in html
    for swatch in ("swatch-yes", "swatch-no", "swatch-unknown"):
        assert swatch in html


def test_map_shows_member_states_of_a_regional_office(client, france, epo):
    france.memberships.add(epo)
    JurisdictionFactory(code="DE", name="Germany", region="EU")
    html = client.get("/registers/map/?column=member:EP").content.decode()
    assert 'class="country state-yes" data-code="FR" aria-label="France: member"' in html
    # Member lists hold only the members the curator is sure of: not listed is not a recorded no.
    assert 'class="country state-unknown" data-code="DE" aria-label="Germany: not recorded as a member"' in html
    assert 'id="map-legend-no" hidden' in html


def test_unknown_map_column_falls_back_to_the_register(client, france):
    response = client.get("/registers/map/?column=nonsense")
    assert response.status_code == 200
    assert response.context["column"] == "register"


def test_map_data_api_gives_status_per_iso_code(api_client, france, france_register, epo):
    france.memberships.add(epo)
    body = api_client.get("/api/v1/registers/map/").json()
    assert body["jurisdictions"]["FR"] == {
        "name": "France",
        "url": "/registers/FR/",
        "on": ["register", "member:EP"],
        "off": [],
    }
    assert body["columns"]["member:EP"] == "EPC member states"


def test_map_page_query_count_does_not_grow_with_rows(client, epo):
    def add_rows():
        jurisdiction = JurisdictionFactory()
        jurisdiction.memberships.add(epo)
        ResourceFactory(jurisdiction=jurisdiction)
        ColumnAbsenceFactory(jurisdiction=jurisdiction)

    assert_constant_queries(client, "/registers/map/", add_rows)


def test_a_cached_map_is_drawn_without_reading_the_registers(
    client, france, france_register, django_assert_max_num_queries
):
    client.get("/registers/map/")
    with django_assert_max_num_queries(0):
        cached = client.get("/registers/map/")
    assert 'aria-label="France: yes"' in cached.content.decode()


def test_map_and_table_show_an_edit_at_once(client, france, france_register, epo):
    client.get("/registers/map/?column=member:EP")
    france.memberships.add(epo)
    assert 'class="country state-yes" data-code="FR"' in client.get("/registers/map/?column=member:EP").content.decode()

    france_register.delete()
    html = client.get("/registers/map/").content.decode()
    assert 'aria-label="France: not recorded"' in html

    ColumnAbsenceFactory(jurisdiction=france, column="register")
    assert 'aria-label="France: no, recorded as absent"' in client.get("/registers/map/").content.decode()


def test_a_link_check_result_shows_on_the_cached_table(client, france, france_register):
    from django.utils import timezone

    client.get("/registers/map/")
    resource_link_record(url=france_register.url, ok=False, status_code=404, error="", checked_at=timezone.now())
    assert "broken link" in client.get("/registers/map/").content.decode()


def test_map_legend_counts_each_state_and_links_to_the_filtered_table(client, france, france_register, epo):
    ColumnAbsenceFactory(jurisdiction=JurisdictionFactory(code="DE", name="Germany"), column="register")
    JurisdictionFactory(code="IT", name="Italy")
    france.memberships.add(epo)
    html = " ".join(client.get("/registers/map/?column=register").content.decode().split())
    # France yes; Germany recorded as absent; Italy and the EPO itself not recorded.
    assert '<a class="legend-link" href="/registers/?register=yes"><span class="legend-count">1</span>' in html
    assert '<a class="legend-link" href="/registers/?register=no"><span class="legend-count">1</span>' in html
    assert '<a class="legend-link" href="/registers/?register=unknown"><span class="legend-count">2</span>' in html
    table = client.get("/registers/?register=unknown").context["page_obj"]
    assert {jurisdiction.code for jurisdiction in table} == {"IT", "EP"}

    members = " ".join(client.get("/registers/map/?column=member:EP").content.decode().split())
    assert 'href="/registers/?member_of=EP"><span class="legend-count">1</span> <span class="legend-label">member' in (
        members
    )
    assert '<a class="legend-link"><span class="legend-count">3</span>' in members  # no filter for non-members
