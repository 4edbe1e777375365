from django.db import migrations, models

# One unaccenting configuration per stemmed language (as `inspire` is for English), one for the
# languages PostgreSQL cannot stem, and the function that reads CJK text as character pairs.
# The ranges of inspire.search.text.CJK_RANGES: kana and CJK ideographs.
CREATE_SQL = r"""
CREATE TEXT SEARCH CONFIGURATION inspire_french (COPY = french);
ALTER TEXT SEARCH CONFIGURATION inspire_french
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION inspire_spanish (COPY = spanish);
ALTER TEXT SEARCH CONFIGURATION inspire_spanish
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;
CREATE TEXT SEARCH CONFIGURATION inspire_russian (COPY = russian);
ALTER TEXT SEARCH CONFIGURATION inspire_russian
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, russian_stem;
CREATE TEXT SEARCH CONFIGURATION inspire_simple (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION inspire_simple
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, hword, hword_part, word WITH unaccent, simple;
CREATE FUNCTION inspire_cjk_pairs(text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $$
    SELECT coalesce(string_agg(CASE WHEN length(run[1]) = 1 THEN run[1] ELSE substr(run[1], i, 2) END, ' '), '')
    FROM regexp_matches($1, '[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+', 'g') AS run,
         generate_series(1, greatest(length(run[1]) - 1, 1)) AS i
$$;
"""
DROP_SQL = """
DROP FUNCTION IF EXISTS inspire_cjk_pairs(text);
DROP TEXT SEARCH CONFIGURATION IF EXISTS inspire_simple;
DROP TEXT SEARCH CONFIGURATION IF EXISTS inspire_russian;
DROP TEXT SEARCH CONFIGURATION IF EXISTS inspire_spanish;
DROP TEXT SEARCH CONFIGURATION IF EXISTS inspire_french;
"""


def create_postgres_objects(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE_SQL)


def drop_postgres_objects(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_SQL)


class Migration(migrations.Migration):
    dependencies = [("search", "0002_title_vector")]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="language",
            field=models.CharField(
                choices=[
                    ("en", "English"),
                    ("ar", "Arabic"),
                    ("zh-hans", "Chinese"),
                    ("fr", "French"),
                    ("ru", "Russian"),
                    ("es", "Spanish"),
                ],
                default="en",
                max_length=10,
            ),
        ),
        migrations.RemoveConstraint(model_name="searchdocument", name="search_document_unique"),
        migrations.AddConstraint(
            model_name="searchdocument",
            constraint=models.UniqueConstraint(
                fields=("content_type", "object_id", "language"), name="search_document_unique"
            ),
        ),
        migrations.RunPython(create_postgres_objects, drop_postgres_objects),
    ]
