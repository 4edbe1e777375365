import pytest

from etisc import content
from etisc.models import Event, Group, Post, Question, Topic

pytestmark = pytest.mark.django_db


def test_demo_content_loads_twice_without_changes():
    content.load()
    counts = [Group.objects.count(), Topic.objects.count(), Post.objects.count(), Question.objects.count()]
    content.load()
    assert [Group.objects.count(), Topic.objects.count(), Post.objects.count(), Question.objects.count()] == counts
    assert Group.objects.filter(is_demo=False).count() == 0
    assert Event.objects.filter(is_demo=False).count() == 0
    assert Question.objects.filter(accepted=True).count() == 1
    assert Topic.objects.get(title__startswith="Where do you start").post_count == 3
