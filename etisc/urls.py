from django.urls import path

from etisc import views

app_name = "etisc"

urlpatterns = [
    path("", views.index, name="index"),
    path("topics/", views.topics, name="topics"),
    path("groups/<slug:slug>/", views.group_detail, name="group"),
    path("groups/<slug:slug>/join/", views.group_join, name="group_join"),
    path("groups/<slug:slug>/leave/", views.group_leave, name="group_leave"),
    path("groups/<slug:slug>/requests/", views.group_requests, name="group_requests"),
    path("groups/<slug:slug>/watch/", views.group_watch, name="group_watch"),
    path("groups/<slug:slug>/new/", views.topic_create, name="topic_create"),
    path("topics/<int:pk>/", views.topic_detail, name="topic"),
    path("topics/<int:pk>/reply/", views.topic_reply, name="topic_reply"),
    path("topics/<int:pk>/watch/", views.topic_watch, name="topic_watch"),
    path("topics/<int:pk>/moderate/", views.topic_moderate, name="topic_moderate"),
    path("topics/<int:pk>/move/", views.topic_move, name="topic_move"),
    path("posts/<int:pk>/", views.post_detail, name="post"),
    path("posts/<int:pk>/edit/", views.post_edit, name="post_edit"),
    path("posts/<int:pk>/history/", views.post_history, name="post_history"),
    path("posts/<int:pk>/delete/", views.post_delete, name="post_delete"),
    path("posts/<int:pk>/moderate/", views.post_moderate, name="post_moderate"),
    path("posts/<int:pk>/report/", views.post_report, name="post_report"),
    path("moderation/", views.review_queue, name="review_queue"),
    path("moderation/suspend/<str:username>/", views.user_suspend, name="user_suspend"),
    path("ask-the-expert/", views.sessions, name="sessions"),
    path("ask-the-expert/<slug:slug>/", views.session_detail, name="session"),
    path("ask-the-expert/<slug:slug>/ask/", views.question_create, name="question_create"),
    path("questions/<int:pk>/vote/", views.question_vote, name="question_vote"),
    path("questions/<int:pk>/answer/", views.question_answer, name="question_answer"),
    path("questions/<int:pk>/accept/", views.question_accept, name="question_accept"),
    path("events/", views.events, name="events"),
    path("events/calendar.ics", views.events_ics, name="events_ics"),
    path("events/<slug:slug>/", views.event_detail, name="event"),
    path("events/<slug:slug>/event.ics", views.event_ics, name="event_ics"),
    path("news/", views.news, name="news"),
    path("news/<slug:slug>/", views.news_detail, name="news_detail"),
    path("notifications/", views.notifications, name="notifications"),
    path("notifications/<int:pk>/", views.notification_open, name="notification_open"),
    path("notifications/settings/", views.preferences, name="preferences"),
]
