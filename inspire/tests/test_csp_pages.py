"""Third-party pages the site serves keep to its CSP: no inline script or style (the policy would block them)."""

import re

import pytest

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>")


@pytest.mark.django_db
def test_swagger_page_has_no_inline_style_or_script(client):
    html = client.get("/api/docs/").content.decode()
    assert "<style" not in html
    assert not INLINE_SCRIPT.search(html)
    assert "/static/admin-extra/swagger.css" in html


@pytest.mark.django_db
def test_periodic_task_admin_form_has_no_inline_script(client, staff_user):
    client.force_login(staff_user)
    html = client.get("/admin/django_celery_beat/periodictask/add/").content.decode()
    assert not INLINE_SCRIPT.search(html), INLINE_SCRIPT.findall(html)
    assert "/static/admin-extra/periodic-task.js" in html
