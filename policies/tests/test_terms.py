"""Key terms of a policy (ownership, inventor share, patenting decision): files, page and API."""

import shutil

import pytest

from inspire.content.errors import ContentInvalid
from inspire.content.seeding import Seeder
from policies import content
from policies.models import Policy
from policies.tests.factories import PolicyFactory

NTNU_TERMS = "https://i.ntnu.no/wiki/-/wiki/English/Intellectual+property+rights+-+IPR"


def test_researched_terms_reach_the_policies_with_their_source(curated):
    ntnu = Policy.objects.get(institution__slug="ntnu", key="ip")
    assert ntnu.ownership.startswith("institution (NTNU owns results created with its resources")
    assert ntnu.terms_source_url == NTNU_TERMS
    assert ntnu.inventor_share == ""
    with_terms = Policy.objects.exclude(terms_source_url="")
    assert with_terms.count() >= 40
    assert not with_terms.filter(ownership="", inventor_share="", patenting_decision="").exists()


def test_policy_page_shows_the_terms_and_not_recorded_where_absent(client, curated):
    ntnu = Policy.objects.get(institution__slug="ntnu", key="ip")
    body = client.get(ntnu.get_absolute_url()).content.decode()
    assert "Key terms" in body
    assert "NTNU owns results created with its resources" in body
    assert f'href="{NTNU_TERMS}"' in body
    assert body.count('class="fact fact-unknown"') == 2


def test_policy_without_terms_says_not_recorded_for_each(client, db):
    policy = PolicyFactory()
    body = client.get(policy.get_absolute_url()).content.decode()
    assert body.count("Not recorded") >= 3
    assert "Source of the terms" not in body


def test_api_detail_gives_terms_and_null_where_not_recorded(client, db):
    policy = PolicyFactory(ownership="The university", terms_source_url="https://example.org/terms")
    data = client.get(f"/api/v1/policies/policies/{policy.pk}/").json()
    assert data["ownership"] == "The university"
    assert data["inventor_share"] is None
    assert data["patenting_decision"] is None
    assert data["terms_source_url"] == "https://example.org/terms"


@pytest.fixture
def ntnu_file(tmp_path):
    folder = tmp_path / "institutions"
    folder.mkdir()
    shutil.copy(content.ROOT / "institutions" / "ntnu.yaml", folder / "ntnu.yaml")
    return folder / "ntnu.yaml"


def test_terms_without_their_source_are_refused(db, ntnu_file):
    text = ntnu_file.read_text()
    ntnu_file.write_text("\n".join(line for line in text.splitlines() if "terms_source" not in line) + "\n")
    with pytest.raises(ContentInvalid) as invalid:
        content.read(ntnu_file.parent.parent)
    assert "key terms need terms_source" in str(invalid.value.errors[0])


def test_a_changed_term_in_the_file_reaches_the_untouched_policy(db, ntnu_file):
    content.load(Seeder(), root=ntnu_file.parent.parent)
    ntnu_file.write_text(ntnu_file.read_text() + '  inventor_share: "one third"\n')
    content.load(Seeder(), root=ntnu_file.parent.parent)
    assert Policy.objects.get(institution__slug="ntnu").inventor_share == "one third"


def test_curator_cannot_save_terms_without_their_source(db):
    from django.core.exceptions import ValidationError

    from policies import services

    policy = PolicyFactory.build(institution=PolicyFactory().institution, ownership="The university")
    with pytest.raises(ValidationError) as error:
        services.curated_save(instance=policy)
    assert "terms_source_url" in error.value.message_dict
