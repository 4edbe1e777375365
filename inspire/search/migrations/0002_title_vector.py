import django.contrib.postgres.indexes
import django.contrib.postgres.search
from django.contrib.postgres.search import SearchVector
from django.db import migrations


def fill_title_vectors(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        SearchDocument = apps.get_model("search", "SearchDocument")
        SearchDocument.objects.update(title_vector=SearchVector("title", config="inspire"))


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="title_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(fill_title_vectors, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name="searchdocument",
            index=django.contrib.postgres.indexes.GinIndex(fields=["title_vector"], name="search_document_title_gin"),
        ),
    ]
