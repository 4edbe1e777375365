import django_filters

from etisc.models import Event, Group, Post, Question, Topic
from inspire import filters as bounded


class GroupFilter(django_filters.FilterSet):
    visibility = django_filters.ChoiceFilter(choices=Group.Visibility.choices)

    class Meta:
        model = Group
        fields = ["visibility"]


class TopicFilter(django_filters.FilterSet):
    group = django_filters.CharFilter(field_name="group__slug")
    tag = django_filters.CharFilter(field_name="tags__slug")
    pinned = bounded.StrictBooleanFilter()

    class Meta:
        model = Topic
        fields = ["group", "tag", "pinned"]


class PostFilter(django_filters.FilterSet):
    topic = django_filters.NumberFilter(field_name="topic_id")
    author = django_filters.CharFilter(field_name="author__username")

    class Meta:
        model = Post
        fields = ["topic", "author"]


class QuestionFilter(django_filters.FilterSet):
    session = django_filters.CharFilter(field_name="session__slug")
    answered = bounded.StrictBooleanFilter(field_name="answered_at", lookup_expr="isnull", exclude=True)

    class Meta:
        model = Question
        fields = ["session", "answered"]


class EventFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=Event.Kind.choices)
    starts_after = bounded.IsoDateTimeFilter(field_name="starts_at", lookup_expr="gte")
    starts_before = bounded.IsoDateTimeFilter(field_name="starts_at", lookup_expr="lt")

    class Meta:
        model = Event
        fields = ["kind", "starts_after", "starts_before"]
