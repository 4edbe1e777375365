import pytest

from inspire.content.seeding import Seeder
from policies import content


@pytest.fixture
def curated(db):
    """The real curated content: institutions, policies, the whole checklist and template."""
    content.load(Seeder())


@pytest.fixture
def checklist(db):
    """A two-step checklist: ownership (two questions) then revenue (one question)."""
    from policies.tests.factories import ChecklistItemFactory, ChecklistTopicFactory, TemplateClauseFactory

    ownership = ChecklistTopicFactory(key="ownership", order=1, title="Ownership")
    revenue = ChecklistTopicFactory(key="revenue", order=2, title="Revenue sharing")
    staff = ChecklistItemFactory(topic=ownership, key="owner-staff", order=1, question="Who owns staff inventions?")
    TemplateClauseFactory(
        item=staff, key="institution", label="The institution", is_default=True, text="{institution} owns inventions."
    )
    TemplateClauseFactory(item=staff, key="creator", label="The creator", text="Creators own inventions.")
    students = ChecklistItemFactory(topic=ownership, key="owner-students", order=2, question="Who owns student work?")
    TemplateClauseFactory(item=students, key="student", label="Students", is_default=True, text="Students own it.")
    shares = ChecklistItemFactory(topic=revenue, key="shares", order=1, question="How is income shared?")
    TemplateClauseFactory(
        item=shares, key="thirds", label="Thirds", is_default=True, text="{office} shares income in thirds."
    )
    return [ownership, revenue]


@pytest.fixture
def draft(user):
    from policies import services

    return services.draft_create(owner=user, title="Our IP Policy", institution_name="Example University")
