from django.db import migrations, models


class Migration(migrations.Migration):
    # Apart from 0003, so the keys are filled before PostgreSQL builds the index on them.
    dependencies = [("policies", "0003_policy_key_and_longer_addresses")]

    operations = [
        migrations.AddConstraint(
            model_name="policy",
            constraint=models.UniqueConstraint(fields=("institution", "key"), name="policies_policy_unique_key"),
        ),
    ]
