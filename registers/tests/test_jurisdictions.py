from inspire.jurisdictions import (
    REGION_OFFICES,
    all_jurisdictions,
    is_regional_office,
    portal_jurisdictions,
    region_of,
)


def test_two_letter_office_codes_stay_separate_from_the_court():
    assert "UPC" not in all_jurisdictions()  # other apps store two-letter ST.3 codes only
    assert portal_jurisdictions()["UPC"].startswith("Unified Patent Court")
    assert is_regional_office("EP") and not is_regional_office("UPC")


def test_regions_group_countries_by_continent_and_offices_together():
    assert region_of("FR") == "EU"
    assert region_of("BR") == "SA"
    assert region_of("EP") == REGION_OFFICES
    assert region_of("UPC") == REGION_OFFICES
