"""Browser journey: sign in, join a group, post, someone replies, the first person sees the notification."""

import re

import pytest
from playwright.sync_api import expect

from etisc.tests.factories import GroupFactory


@pytest.mark.e2e
def test_member_is_notified_in_site_when_someone_replies(page, login_page, user, other_user):
    GroupFactory(slug="patent-search", name="Patent search")

    login_page(user)
    page.goto("/etisc/groups/patent-search/")
    page.get_by_role("button", name="Join group").click()
    expect(page.get_by_text("You joined Patent search.")).to_be_visible()
    page.get_by_role("link", name="New topic").click()
    page.get_by_label("Title").fill("Which free database covers utility models?")
    page.get_by_label("Message").fill("I am looking for **utility models** from several offices.")
    page.get_by_role("button", name="Create topic").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Which free database covers utility models?")
    topic_url = page.url
    page.get_by_role("button", name="Sign out").click()

    login_page(other_user)
    page.goto(topic_url)
    page.get_by_label("Your reply").fill("Try the national office databases first.")
    page.get_by_role("button", name="Post reply").click()
    expect(page.get_by_text("Try the national office databases first.")).to_be_visible()
    page.get_by_role("button", name="Sign out").click()

    login_page(user)
    notifications = page.get_by_role("link", name=re.compile(r"Notifications\s+1\s+unread"))
    expect(notifications).to_be_visible()
    notifications.click()
    page.get_by_role("link", name=re.compile("replied to you")).click()
    expect(page.get_by_text("Try the national office databases first.")).to_be_visible()
    expect(page.get_by_role("link", name=re.compile(r"unread"))).to_have_count(0)
