from datetime import UTC, datetime

from django.utils.translation import gettext_lazy as _

from analytics.models import Guide, Report
from inspire.search.providers import IndexEntry, SearchProvider, plain_text


class ReportProvider(SearchProvider):
    model = Report
    kind = "report"
    label = _("Landscape and technology trends reports")

    def queryset(self):
        return Report.objects.select_related("publisher").prefetch_related("fields")

    def entry(self, report: Report) -> IndexEntry | None:
        if not report.is_published:
            return None
        fields = " ".join(field.name for field in report.fields.all())
        year = report.publication_year
        return IndexEntry(
            title=report.title,
            body=plain_text(
                report.summary, f"{report.publisher.name} {report.publisher.acronym} {fields} {report.classes}"
            ),
            url=report.get_absolute_url(),
            published_at=datetime(year, 1, 1, tzinfo=UTC) if year else None,
        )


class GuideProvider(SearchProvider):
    model = Guide
    kind = "guide"
    label = _("Methodology guides")

    def entry(self, guide: Guide) -> IndexEntry | None:
        return IndexEntry(
            title=guide.title,
            body=plain_text(guide.summary, guide.publisher),
            url=guide.get_absolute_url(),
            published_at=datetime(guide.year, 1, 1, tzinfo=UTC) if guide.year else None,
        )


PROVIDERS = [ReportProvider, GuideProvider]
