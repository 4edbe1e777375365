"""Staff-only API over the roll-ups: the raw tables to page through, and the dashboard's summary."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers as drf_serializers
from rest_framework import viewsets
from rest_framework.permissions import IsAdminUser
from rest_framework.response import Response
from rest_framework.views import APIView

from inspire.usage import selectors
from inspire.usage.api.serializers import DateRangeQuerySerializer, RollupSerializer, SummarySerializer
from inspire.usage.filters import RollupFilter
from inspire.usage.forms import DateRangeForm
from inspire.usage.models import DailyRollup, MonthlyRollup, YearlyRollup


class RollupViewSet(viewsets.ReadOnlyModelViewSet):
    permission_classes = [IsAdminUser]
    serializer_class = RollupSerializer
    filterset_class = RollupFilter
    ordering_fields = ["period_start", "visitors", "views", "downloads"]


class DailyRollupViewSet(RollupViewSet):
    """Daily figures: users (distinct that day), page views and downloads per dimension."""

    queryset = DailyRollup.objects.all()


class MonthlyRollupViewSet(RollupViewSet):
    """Monthly figures; users are the sum of the month's daily users."""

    queryset = MonthlyRollup.objects.all()


class YearlyRollupViewSet(RollupViewSet):
    """Yearly figures; users are the sum of the year's daily users."""

    queryset = YearlyRollup.objects.all()


class SummaryView(APIView):
    """The dashboard's tables for a date range, as JSON (the same rows as the page and its CSV files)."""

    permission_classes = [IsAdminUser]

    @extend_schema(parameters=[DateRangeQuerySerializer], responses=SummarySerializer)
    def get(self, request):
        form = DateRangeForm.from_query(request.query_params)
        if not form.is_valid():
            raise drf_serializers.ValidationError(
                {field: [str(error) for error in errors] for field, errors in form.errors.items()}
            )
        start, end = form.cleaned_data["start"], form.cleaned_data["end"]
        tables = selectors.dashboard_tables(start, end)
        data = {
            "start": start,
            "end": end,
            "totals": selectors.range_totals(start, end),
            "tables": [{"slug": t.slug, "title": t.title, "columns": t.columns, "rows": t.rows} for t in tables],
        }
        return Response(SummarySerializer(data).data)
