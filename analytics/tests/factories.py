import datetime

import factory
from django.core.files.uploadedfile import SimpleUploadedFile

from analytics.models import Guide, Language, Publisher, Report, Series, TechnologyField

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


class GuideFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Guide
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"guide-{n}")
    title = factory.Sequence(lambda n: f"Guide to patent analytics {n}")
    publisher = "World Intellectual Property Organization (WIPO)"
    year = 2020
    url = factory.Sequence(lambda n: f"https://guides.example.org/{n}")
    summary = "How to read patent data."
    source_url = factory.Sequence(lambda n: f"https://guides.example.org/{n}/about")
    reviewed_on = datetime.date(2026, 12, 2)

    @factory.post_generation
    def languages(self, create, extracted, **kwargs):
        if create:
            self.languages.set(extracted if extracted is not None else [LanguageFactory()])
