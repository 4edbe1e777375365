import datetime
import importlib
import io
import shutil
from collections import Counter

import pytest
from django.core.management import call_command

from inspire.content.errors import ContentInvalid
from inspire.content.schema import mirror_domain
from inspire.content.seeding import Seeder
from policies import content
from policies.models import ChecklistItem, ChecklistTopic, Institution, NationalVersion, Policy, TemplateClause
from policies.tests.factories import InstitutionFactory, PolicyFactory

FIRST_WRITTEN = datetime.date(2026, 11, 24)
SOURCED_REVIEW = datetime.date(2026, 12, 1)


def counts() -> dict[str, int]:
    models = (Institution, Policy, ChecklistTopic, ChecklistItem, TemplateClause, NationalVersion)
    return {model._meta.model_name: model.objects.count() for model in models}


def test_the_files_keep_every_entry_of_the_python_data_they_replaced(db):
    """91 institutions, 130 policies, 7 topics, 18 questions, 34 clauses and 4 national versions before
    the conversion; at least as many after it (research has added more since)."""
    before = {
        "institution": 91,
        "policy": 130,
        "checklisttopic": 7,
        "checklistitem": 18,
        "templateclause": 34,
        "nationalversion": 4,
    }
    content.load(Seeder())
    after = counts()
    assert all(after[model] >= count for model, count in before.items()), after


def test_curated_content_covers_every_region_and_policy_type(curated):
    regions = set(Institution.objects.values_list("continent", flat=True))
    assert {"AF", "AS", "EU", "NA", "OC", "SA"} <= regions
    per_type = Counter(Policy.objects.values_list("policy_type", flat=True))
    assert all(per_type[value] >= 5 for value, _label in Policy.Type.choices), per_type


def test_every_curated_entry_records_where_to_check_it_and_never_a_mirror(curated):
    for model in (Institution, Policy, ChecklistTopic, NationalVersion):
        assert not model.objects.filter(source_url="").exists()
        assert not model.objects.filter(reviewed_on__isnull=True).exists()
        for source in model.objects.values_list("source_url", flat=True):
            assert not mirror_domain(source), source
    assert not any(mirror_domain(url) for url in Policy.objects.exclude(url="").values_list("url", flat=True))


def test_an_address_with_accented_letters_is_stored_and_served_percent_encoded(client, curated):
    monastir = Institution.objects.get(slug="university-of-monastir")
    assert monastir.source_url.endswith("/politique-de-propri%C3%A9t%C3%A9-intellectuelle/")
    assert monastir.source_url.isascii()
    listing = client.get("/api/v1/policies/institutions/", {"country": "TN"}).json()["results"]
    assert listing and all(item["source_url"].isascii() for item in listing)


def test_review_dates_are_those_of_the_commit_that_wrote_each_entry(curated):
    """One date per loader used to stamp everything 2026-12-01; entries keep the day they were written or checked."""
    mit = Policy.objects.get(institution__slug="mit", policy_type="ip")
    assert mit.reviewed_on == SOURCED_REVIEW
    assert FIRST_WRITTEN in set(Institution.objects.values_list("reviewed_on", flat=True))
    assert NationalVersion.objects.get(country="JO").reviewed_on == FIRST_WRITTEN
    assert NationalVersion.objects.get(country="BY").reviewed_on == SOURCED_REVIEW


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
    before = counts()
    latest = Policy.objects.order_by("-pk").first()
    seeder = Seeder()
    content.load(seeder)
    assert counts() == before
    assert Policy.objects.order_by("-pk").first().pk == latest.pk
    assert not seeder.report.created and not seeder.report.updated and not seeder.report.conflicts


@pytest.fixture
def files(tmp_path):
    """A copy of the real content files to change."""
    shutil.copytree(content.ROOT, tmp_path / "content", ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return tmp_path / "content"


def test_a_corrected_title_in_the_file_renames_the_untouched_row(db, files):
    content.load(Seeder(), root=files)
    spinout = Policy.objects.get(institution__slug="oxford", policy_type="spinoff")
    total = Policy.objects.count()
    path = files / "institutions" / "oxford.yaml"
    path.write_text(path.read_text().replace("title: Spinout equity policy", "title: Spinout equity rules"))

    content.load(Seeder(), root=files)

    assert Policy.objects.get(pk=spinout.pk).title == "Spinout equity rules"
    assert Policy.objects.count() == total


def test_a_curators_admin_edit_survives_load_content(client, staff_user, curated):
    policy = Policy.objects.get(institution__slug="mit", policy_type="ip")
    client.force_login(staff_user)
    form = {
        "institution": policy.institution.pk,
        "key": policy.key,
        "policy_type": policy.policy_type,
        "title": policy.title,
        "year": policy.year,
        "language": policy.language,
        "url": policy.url,
        "summary": "Our curator's summary.",
        "source_url": policy.source_url,
        "reviewed_on": "2026-12-02",
    }
    response = client.post(f"/admin/policies/policy/{policy.pk}/change/", form)
    assert response.status_code == 302, response.content.decode()[:2000]

    out = io.StringIO()
    call_command("load_content", "--only", "policies", stdout=out)

    policy.refresh_from_db()
    assert policy.summary == "Our curator's summary."
    assert policy.reviewed_on == datetime.date(2026, 12, 2)
    assert "policies/policy/mit/ip.summary: kept curator edit; file differs" in out.getvalue()


def test_content_errors_name_the_file_and_line(db, files):
    path = files / "institutions" / "mit.yaml"
    lines = path.read_text().splitlines()
    number = next(n for n, line in enumerate(lines, start=1) if line.startswith("  year: 2023"))
    lines[number - 1] = "  year: long ago"
    path.write_text("\n".join(lines) + "\n")
    (files / "toolkit" / "Bad Name.yaml").write_text("order: 9\n")

    with pytest.raises(ContentInvalid) as raised:
        content.read(files)

    messages = [f"{error.path.name}:{error.line}: {error.message}" for error in raised.value.errors]
    assert any(message.startswith(f"mit.yaml:{number}: policies.0.year:") for message in messages), messages
    assert "Bad Name.yaml:1: the file name must be lower-case words joined by hyphens" in messages


def test_a_mirror_site_is_refused_as_a_source(db, files):
    path = files / "institutions" / "cornell.yaml"
    mirrored = path.read_text().replace(
        "  source: http://www.dfa.cornell.edu/treasurer/policyoffice/policies/volumes/academic/inventions.cfm",
        "  source: https://docslib.org/doc/5023456/university-policy-1-5-inventions-and-related-property-rights",
    )
    path.write_text(mirrored)

    with pytest.raises(ContentInvalid) as raised:
        content.read(files)

    assert any("docslib.org re-hosts documents" in error.message for error in raised.value.errors)


def test_cross_file_mistakes_are_reported(db, files):
    topic = files / "toolkit" / "disclosure.yaml"
    topic.write_text(topic.read_text().replace("order: 2", "order: 1").replace("default: true", "default: false"))
    shutil.copy(files / "national" / "jordan.yaml", files / "national" / "jordan-again.yaml")
    mit = files / "institutions" / "mit.yaml"
    retitled = "- type: ip\n  key: ip-again\n  title: Intellectual property policy"
    mit.write_text(mit.read_text().replace("- type: consulting\n  title: Outside professional activities", retitled))

    with pytest.raises(ContentInvalid) as raised:
        content.read(files)

    messages = [f"{error.path.name}: {error.message}" for error in raised.value.errors]
    assert "ownership.yaml: disclosure.yaml has order 1 too" in messages, messages
    assert any("exactly one clause must be the default, not 0" in message for message in messages), messages
    assert any("is also about JO" in message for message in messages), messages
    assert "mit.yaml: 2 ip policies are titled 'Intellectual property policy'" in messages, messages


def test_content_check_passes_on_the_real_files(capsys):
    call_command("content_check")
    assert "content files are valid" in capsys.readouterr().out


def test_sources_are_the_best_page_recorded_for_each_policy(curated):
    """Stanford's consulting policy has an address of 208 characters, once too long to record."""
    consulting = Policy.objects.get(institution__slug="stanford", policy_type="consulting")
    assert len(consulting.url) == 208 and consulting.source_url == consulting.url
    cornell = Policy.objects.get(institution__slug="cornell", policy_type="ip")
    assert cornell.source_url == cornell.url
    # A policy is recorded only with its own page or document: none points at a home page or nowhere.
    assert not Policy.objects.filter(url="").exists()


def test_the_migration_keys_existing_policies_by_type(db):
    from django.apps import apps

    keys_from_types = importlib.import_module(
        "policies.migrations.0003_policy_key_and_longer_addresses"
    ).keys_from_types
    institution = InstitutionFactory()
    first = PolicyFactory(institution=institution, key="unset-1", policy_type=Policy.Type.IP)
    second = PolicyFactory(
        institution=institution, key="unset-2", policy_type=Policy.Type.IP, title="Another IP policy"
    )
    elsewhere = PolicyFactory(key="unset-1", policy_type=Policy.Type.OPEN_ACCESS)

    keys_from_types(apps, None)

    keys = dict(Policy.objects.values_list("pk", "key"))
    assert keys == {first.pk: "ip", second.pk: f"ip-{second.pk}", elsewhere.pk: "open_access"}
