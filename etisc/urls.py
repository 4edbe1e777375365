from django.urls import path

from etisc.views import events, groups, moderation, notifications, posts, sessions, topics

app_name = "etisc"

urlpatterns = [
    path("", groups.index, name="index"),
    path("topics/", topics.topics, name="topics"),
    path("groups/<slug:slug>/", groups.group_detail, name="group"),
    path("groups/<slug:slug>/join/", groups.group_join, name="group_join"),
    path("groups/<slug:slug>/leave/", groups.group_leave, name="group_leave"),
    path("groups/<slug:slug>/requests/", groups.group_requests, name="group_requests"),
    path("groups/<slug:slug>/watch/", groups.group_watch, name="group_watch"),
    path("groups/<slug:slug>/new/", topics.topic_create, name="topic_create"),
    path("topics/<int:pk>/", topics.topic_detail, name="topic"),
    path("topics/<int:pk>/reply/", topics.topic_reply, name="topic_reply"),
    path("topics/<int:pk>/watch/", topics.topic_watch, name="topic_watch"),
    path("topics/<int:pk>/moderate/", moderation.topic_moderate, name="topic_moderate"),
    path("topics/<int:pk>/move/", moderation.topic_move, name="topic_move"),
    path("posts/<int:pk>/", posts.post_detail, name="post"),
    path("posts/<int:pk>/edit/", posts.post_edit, name="post_edit"),
    path("posts/<int:pk>/history/", posts.post_history, name="post_history"),
    path("posts/<int:pk>/delete/", posts.post_delete, name="post_delete"),
    path("posts/<int:pk>/moderate/", moderation.post_moderate, name="post_moderate"),
    path("posts/<int:pk>/report/", moderation.post_report, name="post_report"),
    path("moderation/", moderation.review_queue, name="review_queue"),
    path("moderation/suspend/<str:username>/", moderation.user_suspend, name="user_suspend"),
    path("ask-the-expert/", sessions.sessions, name="sessions"),
    path("ask-the-expert/<slug:slug>/", sessions.session_detail, name="session"),
    path("ask-the-expert/<slug:slug>/ask/", sessions.question_create, name="question_create"),
    path("questions/<int:pk>/vote/", sessions.question_vote, name="question_vote"),
    path("questions/<int:pk>/answer/", sessions.question_answer, name="question_answer"),
    path("questions/<int:pk>/accept/", sessions.question_accept, name="question_accept"),
    path("events/", events.events, name="events"),
    path("events/calendar.ics", events.events_ics, name="events_ics"),
    path("events/<slug:slug>/", events.event_detail, name="event"),
    path("events/<slug:slug>/event.ics", events.event_ics, name="event_ics"),
    path("news/", events.news, name="news"),
    path("news/<slug:slug>/", events.news_detail, name="news_detail"),
    path("notifications/", notifications.notifications, name="notifications"),
    path("notifications/<int:pk>/", notifications.notification_open, name="notification_open"),
    path("notifications/settings/", notifications.preferences, name="preferences"),
]
