"""Curated policy titles corrected on review (2026-12-01). The content loader finds a policy by its
title, so a database loaded before the review would keep the old row beside the corrected one;
renaming in place keeps one row, with its downloads, links and history."""

from django.db import migrations

RENAMED = [
    ("cern", "software", "Open source licensing policy", "Policy on software dissemination"),
    ("imperial", "spinoff", "Spinout company terms", "Founders Choice: Founder Driven route"),
    (
        "inria",
        "software",
        "Software development and dissemination policy",
        "Stratégie de l'INRIA sur le logiciel libre",
    ),
    (
        "massachusetts-general-hospital",
        "ip",
        "Intellectual property policy",
        "Intellectual Property Policy for Mass General Brigham Incorporated and Affiliated Hospitals and Institutions",
    ),
    ("mcgill", "ip", "Policy on intellectual property", "Policy on inventions and software"),
    (
        "mit",
        "software",
        "Guide to the ownership, distribution and commercialization of MIT-developed software",
        "Software and open source licensing",
    ),
    (
        "oxford",
        "ip",
        "Intellectual property policy",
        "Regulations for the administration of the University's intellectual property policy",
    ),
    ("oxford", "spinoff", "Spinout companies", "Spinout equity policy"),
    (
        "stanford",
        "conflict_of_interest",
        "Faculty policy on conflict of commitment and interest",
        "Policy on conflict of interest and conflict of commitment",
    ),
    ("ucl", "open_access", "Open access policy", "UCL Publications Policy"),
    (
        "university-of-auckland",
        "ip",
        "Intellectual property policy",
        "Intellectual property created by staff and students policy",
    ),
    (
        "university-of-california",
        "ip",
        "University of California Patent Policy",
        "Policy on Inventions, Patents, and Innovation Transfer",
    ),
    ("university-of-michigan", "ip", "Intellectual property policy", "Technology transfer policy"),
]


def titles_correct(apps, schema_editor):
    Policy = apps.get_model("policies", "Policy")
    for slug, policy_type, old_title, new_title in RENAMED:
        policies = Policy.objects.filter(institution__slug=slug, policy_type=policy_type)
        if not policies.filter(title=new_title).exists():
            policies.filter(title=old_title).update(title=new_title)


class Migration(migrations.Migration):
    dependencies = [("policies", "0001_initial")]

    operations = [migrations.RunPython(titles_correct, migrations.RunPython.noop)]
