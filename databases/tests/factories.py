import datetime

import factory

from databases.models import Comment, Coverage, DatabaseFeature, PatentDatabase, Rating


class PatentDatabaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PatentDatabase
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Test database {n:03d}")
    slug = factory.Sequence(lambda n: f"test-database-{n:03d}")
    provider = "Test provider"
    kind = PatentDatabase.Kind.NATIONAL_OFFICE
    url = factory.LazyAttribute(lambda o: f"https://{o.slug}.example.org/")
    access = PatentDatabase.Access.FREE
    interface_languages = factory.LazyFunction(lambda: ["en"])
    summary = "A database for tests."
    overview = "Overview of the database."
    source_url = "https://example.org/source"
    reviewed_on = datetime.date(2026, 11, 24)


class CoverageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Coverage

    database = factory.SubFactory(PatentDatabaseFactory)
    jurisdiction = "US"
    document_kind = Coverage.DocumentKind.GRANTS
    level = Coverage.Level.FULL_TEXT


class DatabaseFeatureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DatabaseFeature

    database = factory.SubFactory(PatentDatabaseFactory)
    feature = "boolean"


class RatingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Rating

    database = factory.SubFactory(PatentDatabaseFactory)
    stars = 4


class CommentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Comment

    database = factory.SubFactory(PatentDatabaseFactory)
    body = "Useful for US prior art."


def make_database(slug: str, *, features=(), lacks=(), coverage=(), not_covered=(), **fields):
    """A database with features offered (codes), features recorded as lacking (`lacks`), coverage rows as
    (jurisdiction, document_kind, level, from_year), and `not_covered` rows as (jurisdiction, document_kind, level)."""
    database = PatentDatabaseFactory(slug=slug, name=fields.pop("name", slug.replace("-", " ").title()), **fields)
    for code in features:
        DatabaseFeatureFactory(database=database, feature=code)
    for code in lacks:
        DatabaseFeatureFactory(database=database, feature=code, available=False)
    for jurisdiction, document_kind, level, from_year in coverage:
        CoverageFactory(
            database=database, jurisdiction=jurisdiction, document_kind=document_kind, level=level, from_year=from_year
        )
    for jurisdiction, document_kind, level in not_covered:
        CoverageFactory(
            database=database, jurisdiction=jurisdiction, document_kind=document_kind, level=level, covered=False
        )
    return database
