"""/sitemap.xml lists every public page kind in each of the six languages, with its alternates."""

import pytest

from databases.tests.factories import PatentDatabaseFactory
from inspire.testing import assert_constant_queries
from registers.models import Jurisdiction

pytestmark = pytest.mark.django_db


def test_pages_are_listed_in_every_language_with_hreflang_alternates(client):
    PatentDatabaseFactory(slug="espacenet")
    Jurisdiction.objects.create(code="KE", name="Kenya")
    body = client.get("/sitemap.xml").content.decode()
    for path in ("/", "/fr/", "/databases/espacenet/", "/ar/databases/espacenet/", "/registers/KE/", "/es/impact/"):
        assert f"<loc>http://testserver{path}</loc>" in body, path
    assert 'hreflang="zh-hans" href="http://testserver/zh-hans/registers/KE/"' in body
    assert 'hreflang="x-default" href="http://testserver/registers/KE/"' in body


def test_the_sitemap_does_not_grow_in_queries_with_rows(client):
    codes = iter(["KE", "TZ"])

    def add_jurisdiction():
        Jurisdiction.objects.create(code=next(codes), name="X")

    # The sitemap is cached for an hour: each measured request builds it afresh.
    assert_constant_queries(client, "/sitemap.xml", add_jurisdiction)
