import importlib
from collections import Counter

from policies import content
from policies.models import ChecklistItem, ChecklistTopic, Institution, NationalVersion, Policy, TemplateClause


def test_curated_content_covers_every_region_and_policy_type(curated):
    assert Institution.objects.count() >= 60
    regions = set(Institution.objects.values_list("continent", flat=True))
    assert {"AF", "AS", "EU", "NA", "OC", "SA"} <= regions
    per_type = Counter(Policy.objects.values_list("policy_type", flat=True))
    assert all(per_type[value] >= 5 for value, _label in Policy.Type.choices), per_type


def test_every_curated_entry_records_where_to_check_it(curated):
    for model in (Institution, Policy, ChecklistTopic, NationalVersion):
        assert not model.objects.filter(source_url="").exists()
        assert not model.objects.filter(reviewed_on__isnull=True).exists()


def test_checklist_has_every_topic_and_one_template_clause_per_question(curated):
    keys = list(ChecklistTopic.objects.values_list("key", flat=True))
    assert keys == [
        "ownership",
        "disclosure",
        "ip-management",
        "commercialization",
        "revenue-sharing",
        "conflicts-of-interest",
        "recording-accounting",
    ]
    for item in ChecklistItem.objects.all():
        assert TemplateClause.objects.filter(item=item, is_default=True).count() == 1, item.key


def test_loading_twice_changes_nothing(curated):
    counts = [model.objects.count() for model in (Institution, Policy, TemplateClause, NationalVersion)]
    latest = Policy.objects.order_by("-pk").first()
    summary = content.load()
    assert [model.objects.count() for model in (Institution, Policy, TemplateClause, NationalVersion)] == counts
    assert Policy.objects.order_by("-pk").first().pk == latest.pk
    assert "institutions" in summary


def test_reloading_after_a_title_correction_keeps_one_row_per_policy(curated):
    """A database loaded before titles were corrected: the migration renames the old rows in place,
    so loading the content again adds no duplicate."""
    from django.apps import apps

    titles_correct = importlib.import_module("policies.migrations.0002_curated_policy_titles").titles_correct
    oxford_spinout = Policy.objects.get(institution__slug="oxford", policy_type="spinoff")
    Policy.objects.filter(pk=oxford_spinout.pk).update(title="Spinout companies")
    total = Policy.objects.count()

    titles_correct(apps, None)
    content.load()

    assert Policy.objects.count() == total
    assert Policy.objects.get(pk=oxford_spinout.pk).title == "Spinout equity policy"
