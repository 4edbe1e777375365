from rest_framework import serializers

from inspire.usage.models import DailyRollup


class RollupSerializer(serializers.ModelSerializer):
    class Meta:
        model = DailyRollup
        fields = ["period_start", "dimension", "section", "key", "label", "visitors", "views", "downloads"]
        read_only_fields = fields


class DateRangeQuerySerializer(serializers.Serializer):
    """Documents the summary's query parameters; validation is the dashboard form's."""

    start = serializers.DateField(help_text="First day (YYYY-MM-DD), UTC. Default: a year before end.")
    end = serializers.DateField(help_text="Last day (YYYY-MM-DD), UTC, not in the future. Default: today.")


class TableSerializer(serializers.Serializer):
    slug = serializers.CharField()
    title = serializers.CharField()
    columns = serializers.ListField(child=serializers.CharField())
    rows = serializers.ListField(child=serializers.ListField(child=serializers.JSONField()))


class TotalsSerializer(serializers.Serializer):
    visitors = serializers.IntegerField()
    views = serializers.IntegerField()
    downloads = serializers.IntegerField()


class SummarySerializer(serializers.Serializer):
    start = serializers.DateField()
    end = serializers.DateField()
    totals = TotalsSerializer()
    tables = TableSerializer(many=True)
