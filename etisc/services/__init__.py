"""Every write of the eTISC app, one module per concern (mirrored by etisc/views/).

Callers use `from etisc import services` and `services.topic_create(...)`; the functions live in
the modules below.
"""

from etisc.services.content import (
    demo_question_create,
    demo_topic_create,
    demo_user_create,
    event_seed,
    expert_session_seed,
    group_seed,
    news_seed,
)
from etisc.services.events import event_announce
from etisc.services.groups import membership_approve, membership_join, membership_leave, membership_remove
from etisc.services.moderation import (
    post_moderate,
    report_create,
    report_resolve,
    topic_moderate,
    topic_move,
    user_suspend,
)
from etisc.services.notifications import (
    digests_send,
    notification_email_send,
    notification_emails_queue,
    notifications_create,
    notifications_mark_read,
    notifications_retry_unsent,
    post_notify,
    preference_update,
    watch_set,
)
from etisc.services.posts import post_add, post_create, post_delete, post_edit
from etisc.services.sessions import question_accept, question_answer, question_create, question_vote
from etisc.services.topics import topic_create, topic_mark_read

__all__ = [
    "demo_question_create",
    "demo_topic_create",
    "demo_user_create",
    "digests_send",
    "event_announce",
    "event_seed",
    "expert_session_seed",
    "group_seed",
    "membership_approve",
    "membership_join",
    "membership_leave",
    "membership_remove",
    "news_seed",
    "notification_email_send",
    "notification_emails_queue",
    "notifications_create",
    "notifications_mark_read",
    "notifications_retry_unsent",
    "post_add",
    "post_create",
    "post_delete",
    "post_edit",
    "post_moderate",
    "post_notify",
    "preference_update",
    "question_accept",
    "question_answer",
    "question_create",
    "question_vote",
    "report_create",
    "report_resolve",
    "topic_create",
    "topic_mark_read",
    "topic_moderate",
    "topic_move",
    "user_suspend",
    "watch_set",
]
