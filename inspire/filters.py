"""Filters every app's FilterSets and forms share, so what a query string holds stays within bounds.

Each value of a repeated parameter used to become its own join or EXISTS, and PostgreSQL's planning
time grows exponentially with joins: 24 copies of one value took up to 34 s. Values are deduplicated
and capped here, once, and the filters below turn the remaining values into one `IN`.
"""

import datetime
from dataclasses import dataclass

import django_filters
from django import forms
from django.db.models import QuerySet
from django.http import QueryDict
from django.utils.choices import CallableChoiceIterator
from django.utils.translation import gettext_lazy as _
from django_filters import fields as filter_fields
from django_filters.constants import EMPTY_VALUES
from drf_spectacular.utils import extend_schema_field

# PostgreSQL refuses a time stamp whose UTC offset is 16 hours or more (no real zone is beyond 14).
MAX_UTC_OFFSET = datetime.timedelta(hours=16)
# Far more than any facet offers at once in the pages; a longer list is a script, not a person.
MAX_FILTER_VALUES = 20


class SharedChoices(CallableChoiceIterator):
    """Long choice lists (every jurisdiction, country or language) read from the function given on each
    pass, so in the reader's language where it names them, and shared rather than copied: a FilterSet and its
    form deep-copy every field on each request, and copying four lists of 260 jurisdictions took a
    sixth of the databases page. Unlike a plain callable, the API schema still lists the values."""

    def __deepcopy__(self, memo):
        return self

    def __len__(self) -> int:  # django-filter's choice fields count their choices
        return len(self.func())


def selection_key(params: QueryDict) -> list[tuple[str, list[str]]]:
    """What in a query selects results, in a stable order: every parameter but paging and sorting. The
    key part for what depends on the selection alone, such as facet counts."""
    return sorted((name, params.getlist(name)) for name in params if name not in ("page", "sort"))


class BoundedValuesMixin:
    """For multiple-choice form fields: repeated values count once; more than MAX_FILTER_VALUES is an error."""

    def clean(self, value):
        if isinstance(value, list | tuple):
            value = list(dict.fromkeys(value))
            if len(value) > MAX_FILTER_VALUES:
                raise forms.ValidationError(
                    _("Choose at most %(max)d values; %(count)d were given."),
                    code="too_many_values",
                    params={"max": MAX_FILTER_VALUES, "count": len(value)},
                )
        return super().clean(value)


class BoundedMultipleChoiceField(BoundedValuesMixin, forms.MultipleChoiceField):
    pass


class _BoundedFilterField(BoundedValuesMixin, filter_fields.MultipleChoiceField):
    pass


class _BoundedModelFilterField(BoundedValuesMixin, filter_fields.ModelMultipleChoiceField):
    pass


class _InFilterMixin:
    """Matches any of the values with one `<field>__in` rather than an OR of one comparison per value."""

    def filter(self, qs, value):
        if not value:
            return qs
        name = self.field_name
        if self.lookup_expr != "exact":
            name = f"{name}__{self.lookup_expr}"
        field = getattr(self.field, "to_field_name", None)
        values = [getattr(item, field) if field else item for item in value]
        qs = self.get_method(qs)(**{f"{name}__in": values})
        return qs.distinct() if self.distinct else qs


class MultipleChoiceFilter(_InFilterMixin, django_filters.MultipleChoiceFilter):
    field_class = _BoundedFilterField


class ModelMultipleChoiceFilter(_InFilterMixin, django_filters.ModelMultipleChoiceFilter):
    field_class = _BoundedModelFilterField


class _IsoDateTimeField(filter_fields.IsoDateTimeField):
    def to_python(self, value):
        value = super().to_python(value)
        offset = value.utcoffset() if value else None
        if offset is not None and abs(offset) >= MAX_UTC_OFFSET:
            raise forms.ValidationError(
                _("Give a time zone offset between -15:59 and +15:59."), code="utc_offset_out_of_range"
            )
        return value


class IsoDateTimeFilter(django_filters.IsoDateTimeFilter):
    field_class = _IsoDateTimeField


# The schema shows these as the words they take, not the type of the model field they filter.
@extend_schema_field({"type": "string", "enum": ["true", "false"]})
class StrictBooleanFilter(django_filters.ChoiceFilter):
    """`true` or `false` and nothing else: an unknown word is a 400, not a filter silently left out."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("choices", [("true", _("Yes")), ("false", _("No"))])
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if value in ("", None):
            return qs
        return super().filter(qs, value == "true")


class SortFilter(django_filters.ChoiceFilter):
    """`?sort=<key>`: orders by the key's fields, tie-breakers included. django-filter's OrderingFilter
    maps each choice to one field, and these sorts are compound orderings, some on annotations."""

    def __init__(self, *, orderings: dict[str, tuple[str, ...]], choices=None, **kwargs):
        self.orderings = orderings
        kwargs.setdefault("label", _("Sort by"))
        super().__init__(choices=choices or [(key, key) for key in orderings], empty_label=None, **kwargs)

    def filter(self, qs, value):
        return qs if value in EMPTY_VALUES else qs.order_by(*self.orderings[value])


@extend_schema_field(
    {"type": "string", "enum": ["yes", "no", "unknown"], "description": "no: recorded as absent; unknown: not recorded"}
)
class FactFilter(django_filters.ChoiceFilter):
    """A yes/no fact with its third state: `yes`, `no` (recorded as absent) or `unknown` (not recorded)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("choices", [("yes", _("Yes")), ("no", _("Recorded as no")), ("unknown", _("Not recorded"))])
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if value in ("", None):
            return qs
        if value == "unknown":
            return qs.filter(**{f"{self.field_name}__isnull": True})
        return qs.filter(**{self.field_name: value == "yes"})


@dataclass(frozen=True)
class Relaxation:
    """One active filter value, what dropping it would give, and the query string that drops it."""

    param: str
    value: str
    label: str
    count: int
    query: str


def filter_relaxations(
    *,
    filterset_class: type[django_filters.FilterSet],
    params: QueryDict,
    queryset: QuerySet,
    ignore: tuple[str, ...] = ("sort", "page"),
) -> list[Relaxation]:
    """For each active filter value, the count without it (one COUNT each), best first; zero counts left out.

    For an empty result page: the queries run are bounded by the values in the query string (each
    multi-value filter is capped at MAX_FILTER_VALUES), never by the rows. `queryset` should be the
    lean base (no annotations, no prefetches): only its count is read.
    """
    probe = filterset_class(params, queryset=queryset)
    if not probe.is_valid():
        return []
    # The FilterSet may rewrite aliases in its own copy of the data (value for value): label the rewritten value.
    active = {
        (name, value): canonical
        for name in probe.filters
        if name not in ignore
        for value, canonical in zip(params.getlist(name), probe.data.getlist(name), strict=False)
        if value.strip()
    }
    relaxations = []
    for (name, value), canonical in active.items():
        kept = params.copy()
        kept.pop("page", None)
        kept.setlist(name, [other for other in params.getlist(name) if other != value])
        data = kept.copy()
        for key in ignore:
            data.pop(key, None)
        without = filterset_class(data, queryset=queryset)
        if not without.is_valid():
            continue
        count = without.qs.order_by().count()
        if count:
            label = _value_label(probe.filters[name], probe.form.fields[name], canonical)
            relaxations.append(Relaxation(name, value, label, count, kept.urlencode()))
    return sorted(relaxations, key=lambda relaxation: (-relaxation.count, relaxation.label))


def _value_label(filter_, field, value: str) -> str:
    names = {str(key): str(label) for key, label in getattr(field, "choices", None) or []}
    if isinstance(filter_, django_filters.MultipleChoiceFilter) and value in names:
        return names[value]
    return f"{filter_.label}: {names.get(value, value)}"
