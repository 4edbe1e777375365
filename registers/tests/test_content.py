import pycountry
import pytest

from inspire.jurisdictions import REGIONAL_OFFICES
from registers import content
from registers.models import Jurisdiction, JurisdictionFile, Resource, SampleNumber


@pytest.fixture
def loaded(db):
    return content.load()


def test_every_iso_country_and_regional_office_is_listed(loaded):
    codes = set(Jurisdiction.objects.values_list("code", flat=True))
    assert {country.alpha_2 for country in pycountry.countries} <= codes
    assert set(REGIONAL_OFFICES) <= codes
    assert "UPC" in codes


def test_loading_twice_changes_nothing(loaded):
    counts = [model.objects.count() for model in (Jurisdiction, Resource, JurisdictionFile, SampleNumber)]
    assert content.load() == loaded
    assert [model.objects.count() for model in (Jurisdiction, Resource, JurisdictionFile, SampleNumber)] == counts


def test_curated_files_have_search_tips_and_sources(loaded):
    files = JurisdictionFile.objects.exclude(search_tips="")
    assert files.count() >= 30
    assert not files.filter(source_url="").exists()
    assert not files.filter(reviewed_on__isnull=True).exists()


def test_every_resource_records_where_it_was_checked(loaded):
    assert Resource.objects.count() > 50
    assert not Resource.objects.filter(source_url="").exists()
    assert Resource.objects.filter(jurisdiction__code="EP", kind="register", url="https://register.epo.org/").exists()


def test_member_states_are_linked_to_their_organisations(loaded):
    assert Jurisdiction.objects.get(code="EP").members.count() == 39
    assert Jurisdiction.objects.get(code="OA").members.count() == 17
    assert set(Jurisdiction.objects.get(code="FR").memberships.values_list("code", flat=True)) >= {"EP", "WO", "UPC"}


def test_sample_numbers_show_how_to_type_them(loaded):
    sample = SampleNumber.objects.get(jurisdiction__code="US", as_printed="US 10,000,000 B2")
    assert sample.as_entered == "10000000"


def test_every_regional_office_links_to_an_online_service(loaded):
    offices = Jurisdiction.objects.filter(kind__in=["regional", "court"])
    assert offices.count() == len(REGIONAL_OFFICES) + 1
    assert not offices.filter(resources__isnull=True).exists()
