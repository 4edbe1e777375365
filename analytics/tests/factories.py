import datetime

import factory
from django.core.files.uploadedfile import SimpleUploadedFile

from analytics.models import Language, Publisher, Report, Series, TechnologyField

MINIMAL_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def pdf_upload(name: str = "report.pdf", content: bytes = MINIMAL_PDF) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/pdf")


class LanguageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Language
        django_get_or_create = ["code"]

    code = "en"
    name = "English"


class PublisherFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Publisher

    name = factory.Sequence(lambda n: f"Patent Office {n}")
    slug = factory.Sequence(lambda n: f"office-{n}")
    source_url = "https://example.org/office"
    reviewed_on = datetime.date(2026, 11, 24)


class TechnologyFieldFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TechnologyField

    name = factory.Sequence(lambda n: f"Field {n}")
    slug = factory.Sequence(lambda n: f"field-{n}")


class ReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Report
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Landscape report {n}")
    slug = factory.Sequence(lambda n: f"landscape-report-{n}")
    series = Series.PLR
    publisher = factory.SubFactory(PublisherFactory)
    publication_year = 2022
    landing_url = "https://example.org/report"
    summary = "A summary written by a curator."
    source_url = "https://example.org/source"
    reviewed_on = datetime.date(2026, 11, 24)

    @factory.post_generation
    def fields(self, create, extracted, **kwargs):
        if create and extracted:
            self.fields.set(extracted)

    @factory.post_generation
    def languages(self, create, extracted, **kwargs):
        if create and extracted:
            self.languages.set(extracted)
