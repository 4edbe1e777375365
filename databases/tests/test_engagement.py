import datetime
import time

import pytest
from django.core import mail

from databases import services
from databases.models import Comment, Follow, Rating, ReportRevision
from databases.tests.factories import CommentFactory, RatingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def alpha(known_databases):
    return known_databases["alpha"]


def test_signed_in_user_rates_a_database_and_sees_the_average(client, user, other_user, alpha):
    RatingFactory(database=alpha, user=other_user, stars=2)
    client.force_login(user)
    response = client.post("/databases/alpha/rate/", {"stars": "5"}, follow=True)
    assert response.status_code == 200
    assert "Thank you, your rating is saved." in response.content.decode()
    assert Rating.objects.get(user=user).stars == 5
    assert "3.5 of 5 from 2 ratings" in response.content.decode()


def test_rating_outside_one_to_five_is_a_form_error(client, user, alpha):
    client.force_login(user)
    response = client.post("/databases/alpha/rate/", {"stars": "7"})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert not Rating.objects.exists()


def test_anonymous_visitors_are_sent_to_sign_in(client, alpha):
    response = client.post("/databases/alpha/rate/", {"stars": "5"})
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_rating_needs_a_csrf_token(user, alpha):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    assert client.post("/databases/alpha/rate/", {"stars": "5"}).status_code == 403


def test_comments_wait_for_moderation_and_show_as_plain_text(client, user, curator, alpha):
    client.force_login(user)
    client.post("/databases/alpha/comment/", {"body": "<script>alert(1)</script> Great for CN grants."})
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    assert "Great for CN grants" not in client.get("/databases/alpha/").content.decode()
    services.comment_moderate(comment=comment, approve=True)
    html = client.get("/databases/alpha/").content.decode()
    assert "Great for CN grants." in html
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_empty_comment_is_a_form_error(client, user, alpha):
    client.force_login(user)
    response = client.post("/databases/alpha/comment/", {"body": ""})
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()


def test_rejected_comments_stay_hidden(client, user, alpha):
    comment = CommentFactory(database=alpha, author=user, body="Spam spam")
    services.comment_moderate(comment=comment, approve=False)
    assert "Spam spam" not in client.get("/databases/alpha/").content.decode()


def test_followers_are_emailed_when_the_report_is_revised(
    client, user, other_user, curator, alpha, django_capture_on_commit_callbacks
):
    client.force_login(user)
    client.post("/databases/alpha/follow/", {"follow": "1"})
    assert Follow.objects.filter(user=user, database=alpha).exists()
    with django_capture_on_commit_callbacks(execute=True):
        services.report_revise(
            database=alpha,
            summary="Coverage of CN utility models added.",
            revised_by=curator,
            changes={"tips": "Search utility models too."},
            revised_on=datetime.date(2026, 12, 1),
        )
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [user.email]
    assert "Coverage of CN utility models added." in mail.outbox[0].body
    html = client.get("/databases/alpha/").content.decode()
    assert "Coverage of CN utility models added." in html
    assert "Search utility models too." in html
    assert ReportRevision.objects.get().revised_by == curator


def test_unfollowing_stops_the_emails(client, user, curator, alpha, django_capture_on_commit_callbacks):
    client.force_login(user)
    client.post("/databases/alpha/follow/", {"follow": "1"})
    client.post("/databases/alpha/follow/", {"follow": "0"})
    with django_capture_on_commit_callbacks(execute=True):
        services.report_revise(database=alpha, summary="Typo fixed.", revised_by=curator)
    assert mail.outbox == []


def test_a_revision_is_a_notification_sent_once_and_follows_the_followers_settings(
    user, other_user, curator, alpha, django_capture_on_commit_callbacks
):
    from etisc.models import Notification
    from etisc.services.notifications import notification_email_send, preference_update

    for follower in (user, other_user, curator):
        services.follow_set(database=alpha, user=follower, following=True)
    preference_update(user=other_user, email_mode="daily")
    with django_capture_on_commit_callbacks(execute=True):
        services.report_revise(database=alpha, summary="Fees checked.", revised_by=curator)
    notices = Notification.objects.filter(kind=Notification.Kind.REVISED)
    assert set(notices.values_list("recipient", flat=True)) == {user.pk, other_user.pk}
    assert notices.get(recipient=user).url == "/databases/alpha/"
    assert [message.to for message in mail.outbox] == [[user.email]]
    assert mail.outbox[0].subject.startswith("[INSPIRE] The report on")
    # A retried task finds the notification already sent and sends nothing more.
    assert notification_email_send(notification_id=notices.get(recipient=user).pk) is False
    assert len(mail.outbox) == 1
    preference_update(user=user, revised=False)
    with django_capture_on_commit_callbacks(execute=True):
        services.report_revise(database=alpha, summary="Typo fixed.", revised_by=curator)
    assert not notices.filter(recipient=user, text__contains="Typo fixed.").exists()


def test_revision_email_is_sent_by_a_real_celery_worker(celery_worker, user, curator):
    from databases.tests.factories import make_database

    database = make_database("worker-db")
    Follow.objects.create(user=user, database=database)
    services.report_revise(database=database, summary="Checked again.", revised_by=curator)
    # The worker runs in a thread of this process, so the locmem outbox receives the message.
    deadline = time.monotonic() + 10
    while not mail.outbox and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [message.to for message in mail.outbox] == [[user.email]]


def test_detail_page_drills_down_coverage(client, alpha):
    html = client.get("/databases/alpha/").content.decode()
    assert "China (CN)" in html
    assert "1985" in html
    assert 'href="/registers/CN/"' in html
    assert client.get("/databases/nope/").status_code == 404


def test_report_page_query_count_does_not_grow_with_coverage_or_comments(client, user, alpha):
    from databases.tests.factories import CommentFactory, CoverageFactory
    from inspire.testing import assert_constant_queries

    counter = iter(range(1000))

    def add_rows():
        n = next(counter)
        CoverageFactory(database=alpha, jurisdiction=["JP", "KR", "DE", "FR"][n % 4], document_kind="designs")
        services.comment_moderate(comment=CommentFactory(database=alpha, author=user), approve=True)

    assert_constant_queries(client, "/databases/alpha/", add_rows)
