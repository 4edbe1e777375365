"""Events no longer wait in Redis, so the beat job that moved them is gone from CELERY_BEAT_SCHEDULE.
django-celery-beat keeps schedule entries it once copied into the database; without this, beat would
keep sending the removed task every minute."""

from django.db import migrations


def retire(apps, schema_editor):
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(
        task="inspire.usage.tasks.events_flush"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("usage", "0001_initial"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(retire, migrations.RunPython.noop)]
