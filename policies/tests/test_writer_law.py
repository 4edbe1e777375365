"""Beside the clauses a country's law may decide, the writer says so, naming only the laws the hub records."""

import pytest
from django.urls import reverse

from inspire.content.seeding import Seeder
from policies import content, selectors, services
from policies.tests.factories import (
    ChecklistItemFactory,
    ChecklistTopicFactory,
    NationalVersionFactory,
    TemplateClauseFactory,
)

JORDAN_LAWS = "- Patents of Invention Law No. 32 of 1999\n- Law on the Protection of Copyright No. 22 of 1992\n"


@pytest.fixture
def ownership_step(db):
    """One step asking who owns staff inventions (which the law may decide) and when to disclose (which it does not)."""
    topic = ChecklistTopicFactory(key="ownership", order=1, title="Ownership")
    staff = ChecklistItemFactory(topic=topic, key="ownership-staff", order=1, question="Who owns staff inventions?")
    TemplateClauseFactory(item=staff, key="institution", is_default=True, text="{institution} owns inventions.")
    disclosure = ChecklistItemFactory(topic=topic, key="disclosure-duty", order=2, question="When to disclose?")
    TemplateClauseFactory(item=disclosure, key="before-publication", is_default=True, text="Before publishing.")
    return topic


def _step_page(client, user, country: str) -> str:
    draft = services.draft_create(owner=user, title="Policy", institution_name="Test University", country=country)
    client.force_login(user)
    return client.get(reverse("policies:draft-step", args=[draft.pk, "ownership"])).content.decode()


def test_the_warning_names_the_laws_recorded_for_the_drafts_country_and_links_to_its_national_version(
    client, user, ownership_step
):
    NationalVersionFactory(country="JO", law_references=JORDAN_LAWS)
    body = _step_page(client, user, "JO")
    assert (
        "In Jordan, Patents of Invention Law No. 32 of 1999 or Law on the Protection of Copyright No. 22 of 1992 "
        "may decide this; check the "
        '<a href="/policies/countries/JO/#national-version">national version for Jordan</a> before you choose.'
    ) in body
    # Beside the ownership question only: the law does not decide when to disclose.
    assert body.count('class="law-warning"') == 1


def test_for_a_country_with_no_recorded_law_the_warning_names_no_law(client, user, ownership_step):
    NationalVersionFactory(country="JO", law_references=JORDAN_LAWS)
    body = _step_page(client, user, "KE")
    assert "In Kenya, the law of the country may decide this; check it before you choose." in body
    assert "Patents of Invention Law" not in body and "#national-version" not in body


def test_a_national_version_that_records_no_law_is_linked_without_naming_one(client, user, ownership_step):
    NationalVersionFactory(country="BY", law_references="")
    body = _step_page(client, user, "BY")
    assert "In Belarus, the law of the country may decide this; check the " in body
    assert 'href="/policies/countries/BY/#national-version"' in body


def test_a_draft_without_a_country_is_asked_for_one(client, user, ownership_step):
    body = _step_page(client, user, "")
    assert "The law of your country may decide this." in body
    assert "Give your draft a country</a> to see what the hub records for it." in body


def test_law_names_are_shown_as_plain_text_without_their_markdown(client, user, ownership_step):
    NationalVersionFactory(
        country="ZA",
        law_references="- [IPR Act 51 of 2008](https://example.org/act) on publicly\n  financed research\n",
    )
    body = _step_page(client, user, "ZA")
    assert "In South Africa, IPR Act 51 of 2008 on publicly financed research may decide this;" in body
    assert "example.org/act" not in body


def test_on_the_real_toolkit_jordans_recorded_laws_appear_beside_each_ownership_and_revenue_question(client, user):
    content.load(Seeder())
    draft = services.draft_create(owner=user, title="Policy", institution_name="Amman Test University", country="JO")
    client.force_login(user)
    recorded = selectors.national_version("JO").law_references
    steps = {}
    for key in ("ownership", "revenue-sharing", "disclosure"):
        steps[key] = client.get(reverse("policies:draft-step", args=[draft.pk, key])).content.decode()
    assert "Patents of Invention Law No. 32 of 1999" in recorded
    assert steps["ownership"].count("In Jordan, Patents of Invention Law No. 32 of 1999 or ") == 3
    assert steps["revenue-sharing"].count('class="law-warning"') == 1
    assert 'class="law-warning"' not in steps["disclosure"]
