"""Browser journey: sign in, join a group, post, someone replies, the first person sees the notification."""

import re

import pytest
from playwright.sync_api import expect

from etisc.tests.factories import GroupFactory, TopicFactory


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


@pytest.mark.e2e
def test_writer_previews_a_reply_with_a_mention_before_posting_it(page, login_page, user, other_user):
    group = GroupFactory(slug="patent-search", name="Patent search")
    topic = TopicFactory(group=group, author=other_user, title="Utility models")

    login_page(user)
    page.goto(topic.get_absolute_url())
    reply = page.get_by_label("Your reply")
    page.get_by_role("tab", name="Preview").click()
    expect(page.get_by_text("Nothing to preview yet.")).to_be_visible()
    # An empty field hidden behind the preview comes back into view when the form is sent.
    page.get_by_role("button", name="Post reply").click()
    expect(reply).to_be_visible()
    expect(page.get_by_role("tab", name="Write")).to_have_attribute("aria-selected", "true")

    reply.fill(f"Thanks @{other_user.username}, **this** helps.")
    page.get_by_role("tab", name="Preview").click()
    preview = page.get_by_role("tabpanel", name="Preview")
    expect(preview.get_by_role("link", name=f"@{other_user.username}")).to_be_visible()
    expect(preview.locator("strong")).to_have_text("this")
    expect(reply).to_be_hidden()
    page.keyboard.press("ArrowLeft")
    expect(reply).to_be_visible()
    page.get_by_role("button", name="Post reply").click()
    expect(page.locator(".etisc-thread strong", has_text="this")).to_be_visible()
