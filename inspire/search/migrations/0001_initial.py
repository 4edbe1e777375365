import django.contrib.postgres.search
import django.db.models.deletion
from django.contrib.postgres.operations import UnaccentExtension
from django.db import migrations, models

# An English configuration whose lexemes are unaccented, so "brevet" finds "brévet" and back.
CREATE_CONFIG = """
CREATE TEXT SEARCH CONFIGURATION inspire (COPY = english);
ALTER TEXT SEARCH CONFIGURATION inspire
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE INDEX search_document_vector_gin ON search_searchdocument USING gin (search_vector);
"""
DROP_CONFIG = """
DROP INDEX IF EXISTS search_document_vector_gin;
DROP TEXT SEARCH CONFIGURATION IF EXISTS inspire;
"""


def create_postgres_objects(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE_CONFIG)


def drop_postgres_objects(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_CONFIG)


class Migration(migrations.Migration):
    initial = True

    dependencies = [("contenttypes", "0002_remove_content_type_name")]

    operations = [
        UnaccentExtension(),
        migrations.CreateModel(
            name="SearchDocument",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("object_id", models.CharField(max_length=64)),
                ("kind", models.CharField(db_index=True, max_length=32)),
                ("title", models.CharField(max_length=300)),
                ("body", models.TextField(blank=True)),
                ("url", models.CharField(max_length=500)),
                ("plain_text", models.TextField(blank=True)),
                ("restricted_to_group", models.PositiveBigIntegerField(blank=True, null=True)),
                ("published_at", models.DateTimeField(blank=True, null=True)),
                ("search_vector", django.contrib.postgres.search.SearchVectorField(editable=False, null=True)),
                ("updated_at", models.DateTimeField(auto_now=True)),
                (
                    "content_type",
                    models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to="contenttypes.contenttype"),
                ),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(fields=("content_type", "object_id"), name="search_document_unique")
                ],
                "indexes": [
                    models.Index(
                        condition=models.Q(("restricted_to_group__isnull", False)),
                        fields=["restricted_to_group"],
                        name="search_document_restricted",
                    )
                ],
            },
        ),
        migrations.RunPython(create_postgres_objects, drop_postgres_objects),
    ]
