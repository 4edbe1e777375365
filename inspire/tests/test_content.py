import pytest
from django.apps import apps
from django.core.management import call_command


def row_counts() -> dict[str, int]:
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


@pytest.mark.django_db
def test_loading_content_twice_changes_nothing():
    call_command("load_content")
    first = row_counts()
    call_command("load_content")
    assert row_counts() == first


@pytest.mark.django_db
def test_loading_unknown_app_content_is_a_clear_error():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="No content for: nope"):
        call_command("load_content", "--only", "nope")
