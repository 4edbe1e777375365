from django.db import migrations, models


def keys_from_types(apps, schema_editor):
    # A policy's key defaults to its type, as in the content files; a second policy of the same type at one
    # institution (only ever added in the admin) keeps its row id in the key so keys stay unique.
    Policy = apps.get_model("policies", "Policy")
    taken = set()
    for policy in Policy.objects.order_by("pk"):
        key = policy.policy_type
        if (policy.institution_id, key) in taken:
            key = f"{key}-{policy.pk}"
        taken.add((policy.institution_id, key))
        policy.key = key
        policy.save(update_fields=["key"])


class Migration(migrations.Migration):
    dependencies = [("policies", "0002_curated_policy_titles")]

    operations = [
        migrations.AddField(
            model_name="policy",
            name="key",
            field=models.SlugField(
                default="",
                help_text="Names the policy within its institution's content file; by default its policy type.",
                max_length=60,
                verbose_name="key",
            ),
            preserve_default=False,
        ),
        migrations.RunPython(keys_from_types, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="checklisttopic",
            name="source_url",
            field=models.URLField(max_length=500, verbose_name="source"),
        ),
        migrations.AlterField(
            model_name="institution",
            name="source_url",
            field=models.URLField(
                help_text="Where the facts about this institution can be checked.", max_length=500, verbose_name="source"
            ),
        ),
        migrations.AlterField(
            model_name="institution",
            name="website",
            field=models.URLField(blank=True, max_length=500, verbose_name="website"),
        ),
        migrations.AlterField(
            model_name="nationalversion",
            name="source_url",
            field=models.URLField(max_length=500, verbose_name="source"),
        ),
        migrations.AlterField(
            model_name="nationalversion",
            name="url",
            field=models.URLField(blank=True, max_length=500, verbose_name="URL"),
        ),
        migrations.AlterField(
            model_name="policy",
            name="source_url",
            field=models.URLField(
                help_text="Where the facts about this policy can be checked.", max_length=500, verbose_name="source"
            ),
        ),
        migrations.AlterField(
            model_name="policy",
            name="url",
            field=models.URLField(blank=True, max_length=500, verbose_name="policy URL"),
        ),
    ]
