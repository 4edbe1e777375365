from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from etisc import calendar, selectors, services
from etisc.forms import (
    AnswerForm,
    EditForm,
    ModerateForm,
    MoveForm,
    PostForm,
    PreferenceForm,
    QuestionForm,
    ReportForm,
    SuspendForm,
    TopicForm,
    WatchForm,
)
from etisc.models import (
    Event,
    ExpertSession,
    Group,
    Membership,
    NewsItem,
    NotificationPreference,
    Post,
    Question,
    Topic,
)
from etisc.permissions import GroupAccess, group_access
from etisc.ratelimit import RateLimited, rate_limit_hit
from inspire.sections import SECTIONS

TOPICS_PER_PAGE = 30
POSTS_PER_PAGE = 20


def _trail(*steps: tuple[str, str]) -> list[tuple[str, str]]:
    section = next(s for s in SECTIONS if s.app_label == "etisc")
    return [(reverse("etisc:index"), section.title), *steps]


def _too_many(request) -> HttpResponse:
    return render(request, "429.html", status=429)


def _form_errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)


def _group_or_404(request, slug: str) -> tuple[Group, GroupAccess]:
    group = get_object_or_404(Group, slug=slug)
    access = group_access(user=request.user, group=group)
    if not access.can_view:
        raise Http404(_("No such group."))
    return group, access


def _topic_or_404(request, pk: int) -> tuple[Topic, GroupAccess]:
    try:
        topic = selectors.topic_detail(pk=pk)
    except Topic.DoesNotExist as error:
        raise Http404(_("No such topic.")) from error
    access = group_access(user=request.user, group=topic.group)
    if not access.can_view_topic(topic):
        raise Http404(_("No such topic."))
    return topic, access


def _post_or_404(request, pk: int) -> tuple[Post, GroupAccess]:
    post = get_object_or_404(Post.objects.select_related("topic__group", "author"), pk=pk, deleted_at__isnull=True)
    access = group_access(user=request.user, group=post.topic.group)
    own = request.user.is_authenticated and post.author_id == request.user.pk
    published = post.status == Post.Status.PUBLISHED
    if not access.can_view_topic(post.topic) or not (published or own or access.is_moderator):
        raise Http404(_("No such post."))
    return post, access


@require_GET
def index(request):
    recent = list(selectors.topics_visible(user=request.user)[:10])
    context = {
        "groups": selectors.groups_listed(),
        "topics": recent,
        "markers": selectors.unread_markers(user=request.user, topics=recent),
        "events": selectors.events_upcoming(user=request.user, limit=3),
        "sessions": selectors.sessions_list()[:3],
        "news": selectors.news_list()[:3],
        "trail": _trail(),
    }
    return render(request, "etisc/index.html", context)


@require_GET
def topics(request):
    tag = request.GET.get("tag", "")[:50]
    query = request.GET.get("q", "")[:200]
    page_obj = Paginator(selectors.topics_visible(user=request.user, tag=tag, query=query), TOPICS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    context = {
        "page_obj": page_obj,
        "markers": selectors.unread_markers(user=request.user, topics=page_obj.object_list),
        "tag": tag,
        "query": query,
        "trail": _trail(("", _("All topics"))),
    }
    return render(request, "etisc/topics.html", context)


@require_GET
def group_detail(request, slug: str):
    """Every group shows what it is about; only members read the topics of a members-only group."""
    group = get_object_or_404(Group, slug=slug)
    access = group_access(user=request.user, group=group)
    topics_qs = selectors.topics_for_group(group=group, moderator=access.is_moderator)
    if not access.can_view:
        topics_qs = topics_qs.none()
    page_obj = Paginator(topics_qs, TOPICS_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "group": group,
        "access": access,
        "page_obj": page_obj,
        "markers": selectors.unread_markers(user=request.user, topics=page_obj.object_list),
        "events": selectors.events_for_group(group=group, user=request.user),
        "trail": _trail(("", group.name)),
    }
    if access.can_view and request.user.is_authenticated:
        context["watch_form"] = WatchForm(initial={"level": selectors.watch_level(user=request.user, group=group)})
    return render(request, "etisc/group.html", context)


@login_required
@require_POST
def group_join(request, slug: str):
    group = get_object_or_404(Group, slug=slug)
    membership = services.membership_join(user=request.user, group=group)
    if membership.is_active:
        messages.success(request, _("You joined %(group)s.") % {"group": group.name})
        return redirect(group)
    messages.info(request, _("Your request to join was sent to the group's moderators."))
    return redirect("etisc:index")


@login_required
@require_POST
def group_leave(request, slug: str):
    group = get_object_or_404(Group, slug=slug)
    services.membership_leave(user=request.user, group=group)
    messages.success(request, _("You left %(group)s.") % {"group": group.name})
    return redirect("etisc:index")


@login_required
@require_http_methods(["GET", "POST"])
def group_requests(request, slug: str):
    group, access = _group_or_404(request, slug)
    if not access.is_moderator:
        raise PermissionDenied
    if request.method == "POST":
        membership = get_object_or_404(Membership, group=group, pk=request.POST.get("membership"))
        services.membership_approve(actor=request.user, membership=membership)
        messages.success(request, _("%(name)s is now a member.") % {"name": membership.user.display_name})
        return redirect("etisc:group_requests", slug=group.slug)
    context = {
        "group": group,
        "pending": selectors.pending_memberships(group=group),
        "trail": _trail((group.get_absolute_url(), group.name), ("", _("Requests to join"))),
    }
    return render(request, "etisc/group_requests.html", context)


@login_required
@require_POST
def group_watch(request, slug: str):
    group, _access = _group_or_404(request, slug)
    form = WatchForm(request.POST)
    if not form.is_valid():
        return render(request, "etisc/bad_request.html", {"form": form}, status=400)
    services.watch_set(user=request.user, group=group, level=form.cleaned_data["level"])
    messages.success(request, _("Notification level saved."))
    return redirect(group)


@login_required
@require_http_methods(["GET", "POST"])
def topic_create(request, slug: str):
    group, access = _group_or_404(request, slug)
    if not access.can_post:
        raise PermissionDenied
    form = TopicForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            rate_limit_hit(request=request, action="post")
            topic = services.topic_create(
                user=request.user,
                group=group,
                title=form.cleaned_data["title"],
                body=form.cleaned_data["body"],
                tags=form.tag_names(),
            )
        except RateLimited:
            return _too_many(request)
        except ValidationError as error:
            _form_errors(form, error)
        else:
            if topic.hidden:
                messages.info(request, _("Thanks! Your topic will appear once a moderator approves it."))
                return redirect(group)
            return redirect(topic)
    context = {
        "group": group,
        "form": form,
        "trail": _trail((group.get_absolute_url(), group.name), ("", _("New topic"))),
    }
    return render(request, "etisc/topic_form.html", context, status=400 if form.errors else 200)


def _quote_initial(request, topic: Topic) -> dict:
    """`?quote=N` starts the reply with post N quoted, and links the reply to it."""
    number = request.GET.get("quote", "")
    if not number.isdigit():
        return {}
    quoted = Post.objects.published().select_related("author").filter(topic=topic, number=int(number)).first()
    if quoted is None:
        return {}
    lines = "\n".join(f"> {line}" for line in quoted.body.splitlines())
    return {"body": f"{quoted.author.display_name} wrote:\n{lines}\n\n", "reply_to": quoted.number}


def _thread_context(request, topic: Topic, access: GroupAccess, reply_form: PostForm | None = None) -> dict:
    user = request.user
    posts = selectors.thread_posts(topic=topic, user=user, moderator=access.is_moderator)
    page_obj = Paginator(posts, POSTS_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "topic": topic,
        "group": topic.group,
        "access": access,
        "page_obj": page_obj,
        "can_reply": access.can_reply(topic),
        "reply_form": reply_form or PostForm(initial=_quote_initial(request, topic)),
        "last_read": None,
        "trail": _trail((topic.group.get_absolute_url(), topic.group.name), ("", topic.title)),
    }
    if user.is_authenticated:
        previous = selectors.read_position(user=user, topic=topic)
        context["last_read"] = previous or 0
        context["watch_form"] = WatchForm(initial={"level": selectors.watch_level(user=user, topic=topic)})
        if access.is_moderator:
            context["move_form"] = MoveForm(groups=selectors.moderated_groups(user=user).exclude(pk=topic.group_id))
        page_posts = list(page_obj.object_list)
        if page_posts:
            services.topic_mark_read(user=user, topic=topic, number=page_posts[-1].number, previous=previous)
    return context


@require_GET
def topic_detail(request, pk: int):
    topic, access = _topic_or_404(request, pk)
    return render(request, "etisc/topic.html", _thread_context(request, topic, access))


@login_required
@require_POST
def topic_reply(request, pk: int):
    topic, access = _topic_or_404(request, pk)
    form = PostForm(request.POST)
    if form.is_valid():
        reply_to = None
        if form.cleaned_data.get("reply_to"):
            reply_to = Post.objects.filter(topic=topic, number=form.cleaned_data["reply_to"]).first()
        try:
            rate_limit_hit(request=request, action="post")
            post = services.post_create(
                user=request.user, topic=topic, body=form.cleaned_data["body"], reply_to=reply_to
            )
        except RateLimited:
            return _too_many(request)
        except ValidationError as error:
            _form_errors(form, error)
        else:
            if post.status == Post.Status.HELD:
                messages.info(request, _("Thanks! Your post will appear once a moderator approves it."))
            return redirect(post.get_absolute_url())
    return render(request, "etisc/topic.html", _thread_context(request, topic, access, reply_form=form), status=400)


@login_required
@require_POST
def topic_watch(request, pk: int):
    topic, _access = _topic_or_404(request, pk)
    form = WatchForm(request.POST)
    if not form.is_valid():
        return render(request, "etisc/bad_request.html", {"form": form}, status=400)
    services.watch_set(user=request.user, topic=topic, level=form.cleaned_data["level"])
    messages.success(request, _("Notification level saved."))
    return redirect(topic)


@login_required
@require_POST
def topic_moderate(request, pk: int):
    topic, _access = _topic_or_404(request, pk)
    form = ModerateForm(request.POST)
    if not form.is_valid():
        return render(request, "etisc/bad_request.html", {"form": form}, status=400)
    try:
        services.topic_moderate(
            actor=request.user, topic=topic, action=form.cleaned_data["action"], note=form.cleaned_data["note"]
        )
    except ValidationError as error:
        return render(request, "etisc/bad_request.html", {"errors": error.messages}, status=400)
    messages.success(request, _("Done."))
    return redirect(topic)


@login_required
@require_POST
def topic_move(request, pk: int):
    topic, access = _topic_or_404(request, pk)
    if not access.is_moderator:
        raise PermissionDenied
    form = MoveForm(request.POST, groups=selectors.moderated_groups(user=request.user))
    if not form.is_valid():
        return render(request, "etisc/bad_request.html", {"form": form}, status=400)
    services.topic_move(
        actor=request.user, topic=topic, group=form.cleaned_data["group"], note=form.cleaned_data["note"]
    )
    messages.success(request, _("Topic moved."))
    return redirect(topic)


@require_GET
def post_detail(request, pk: int):
    """The page of the thread that shows this post, as this reader sees the thread."""
    post, access = _post_or_404(request, pk)
    earlier = selectors.thread_posts(topic=post.topic, user=request.user, moderator=access.is_moderator)
    page = earlier.filter(number__lt=post.number).count() // POSTS_PER_PAGE + 1
    return redirect(f"{post.topic.get_absolute_url()}?page={page}#post-{post.number}")


@login_required
@require_http_methods(["GET", "POST"])
def post_edit(request, pk: int):
    post, access = _post_or_404(request, pk)
    if not access.can_edit(post, request.user):
        raise PermissionDenied
    form = EditForm(request.POST or None, initial={"body": post.body})
    if request.method == "POST" and form.is_valid():
        try:
            services.post_edit(user=request.user, post=post, body=form.cleaned_data["body"])
        except ValidationError as error:
            _form_errors(form, error)
        else:
            return redirect(post.get_absolute_url())
    context = {
        "post": post,
        "form": form,
        "show_history": access.can_view_history(post),
        "revisions": post.revisions.select_related("edited_by"),
        "trail": _trail((post.topic.get_absolute_url(), post.topic.title), ("", _("Edit post"))),
    }
    return render(request, "etisc/post_edit.html", context, status=400 if form.errors else 200)


@require_GET
def post_history(request, pk: int):
    post, access = _post_or_404(request, pk)
    if not access.can_view_history(post):
        raise PermissionDenied
    context = {
        "post": post,
        "revisions": post.revisions.select_related("edited_by"),
        "trail": _trail((post.topic.get_absolute_url(), post.topic.title), ("", _("Edit history"))),
    }
    return render(request, "etisc/post_history.html", context)


@login_required
@require_POST
def post_delete(request, pk: int):
    post, _access = _post_or_404(request, pk)
    services.post_delete(user=request.user, post=post)
    messages.success(request, _("Post deleted."))
    if post.number == 1:
        return redirect(post.topic.group)
    return redirect(post.topic)


@login_required
@require_POST
def post_moderate(request, pk: int):
    post, _access = _post_or_404(request, pk)
    form = ModerateForm(request.POST)
    if not form.is_valid():
        return render(request, "etisc/bad_request.html", {"form": form}, status=400)
    try:
        services.post_moderate(
            actor=request.user, post=post, action=form.cleaned_data["action"], note=form.cleaned_data["note"]
        )
    except ValidationError as error:
        return render(request, "etisc/bad_request.html", {"errors": error.messages}, status=400)
    messages.success(request, _("Done."))
    if request.POST.get("next") == "queue":
        return redirect("etisc:review_queue")
    return redirect(post.get_absolute_url())


@login_required
@require_http_methods(["GET", "POST"])
def post_report(request, pk: int):
    post, _access = _post_or_404(request, pk)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            rate_limit_hit(request=request, action="report")
        except RateLimited:
            return _too_many(request)
        services.report_create(user=request.user, post=post, reason=form.cleaned_data["reason"])
        messages.success(request, _("Thank you. Moderators will review this post."))
        return redirect(post.get_absolute_url())
    context = {
        "post": post,
        "form": form,
        "trail": _trail((post.topic.get_absolute_url(), post.topic.title), ("", _("Report a post"))),
    }
    return render(request, "etisc/post_report.html", context, status=400 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def review_queue(request):
    if not selectors.moderated_groups(user=request.user).exists():
        raise PermissionDenied
    if request.method == "POST":
        report = get_object_or_404(selectors.review_queue(user=request.user)["reports"], pk=request.POST.get("report"))
        services.report_resolve(actor=request.user, report=report)
        messages.success(request, _("Report closed."))
        return redirect("etisc:review_queue")
    context = {**selectors.review_queue(user=request.user), "trail": _trail(("", _("Review queue")))}
    return render(request, "etisc/review_queue.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def user_suspend(request, username: str):
    if not request.user.is_curator:
        raise PermissionDenied
    target = get_object_or_404(get_user_model(), username=username)
    form = SuspendForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.user_suspend(actor=request.user, user=target, **form.cleaned_data)
        messages.success(request, _("%(name)s is suspended.") % {"name": target.display_name})
        return redirect("etisc:review_queue")
    context = {"target": target, "form": form, "trail": _trail(("", _("Suspend an account")))}
    return render(request, "etisc/suspend.html", context, status=400 if form.errors else 200)


# Ask the Expert -------------------------------------------------------------------------------


@require_GET
def sessions(request):
    query = request.GET.get("q", "")[:200]
    context = {
        "sessions": selectors.sessions_list(query=query),
        "query": query,
        "now": timezone.now(),
        "trail": _trail(("", _("Ask the Expert"))),
    }
    return render(request, "etisc/sessions.html", context)


def _session_context(request, session: ExpertSession, **forms) -> dict:
    questions, voted = selectors.session_questions(session=session, user=request.user)
    return {
        "session": session,
        "questions": questions,
        "voted": voted,
        "is_open": session.is_open(),
        "is_expert": request.user.is_authenticated and request.user.pk == session.expert_id,
        "question_form": forms.get("question_form") or QuestionForm(),
        "answer_form": AnswerForm(),
        "trail": _trail((reverse("etisc:sessions"), _("Ask the Expert")), ("", session.title)),
    }


@require_GET
def session_detail(request, slug: str):
    session = get_object_or_404(ExpertSession.objects.select_related("expert"), slug=slug)
    return render(request, "etisc/session.html", _session_context(request, session))


@login_required
@require_POST
def question_create(request, slug: str):
    session = get_object_or_404(ExpertSession.objects.select_related("expert"), slug=slug)
    form = QuestionForm(request.POST)
    if form.is_valid():
        try:
            rate_limit_hit(request=request, action="question")
            question = services.question_create(user=request.user, session=session, body=form.cleaned_data["body"])
        except RateLimited:
            return _too_many(request)
        except ValidationError as error:
            _form_errors(form, error)
        else:
            return redirect(f"{session.get_absolute_url()}#question-{question.pk}")
    return render(request, "etisc/session.html", _session_context(request, session, question_form=form), status=400)


def _question(pk: int) -> Question:
    return get_object_or_404(Question.objects.select_related("session__expert"), pk=pk, hidden=False)


@login_required
@require_POST
def question_vote(request, pk: int):
    question = _question(pk)
    services.question_vote(user=request.user, question=question)
    return redirect(f"{question.session.get_absolute_url()}#question-{question.pk}")


@login_required
@require_POST
def question_answer(request, pk: int):
    question = _question(pk)
    form = AnswerForm(request.POST)
    if not form.is_valid():
        return render(request, "etisc/bad_request.html", {"form": form}, status=400)
    services.question_answer(user=request.user, question=question, answer=form.cleaned_data["answer"])
    return redirect(f"{question.session.get_absolute_url()}#question-{question.pk}")


@login_required
@require_POST
def question_accept(request, pk: int):
    question = _question(pk)
    try:
        services.question_accept(user=request.user, question=question)
    except ValidationError as error:
        return render(request, "etisc/bad_request.html", {"errors": error.messages}, status=400)
    return redirect(f"{question.session.get_absolute_url()}#question-{question.pk}")


# News and events ------------------------------------------------------------------------------


@require_GET
def events(request):
    context = {
        "upcoming": selectors.events_upcoming(user=request.user, limit=100),
        "past": selectors.events_past(user=request.user)[:50],
        "trail": _trail(("", _("Events and webinars"))),
    }
    return render(request, "etisc/events.html", context)


def _event_or_404(request, slug: str) -> Event:
    try:
        return selectors.event_detail(user=request.user, slug=slug)
    except Event.DoesNotExist as error:
        raise Http404(_("No such event.")) from error


@require_GET
def event_detail(request, slug: str):
    event = _event_or_404(request, slug)
    context = {
        "event": event,
        "trail": _trail((reverse("etisc:events"), _("Events and webinars")), ("", event.title)),
    }
    return render(request, "etisc/event.html", context)


def _ics_response(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
def event_ics(request, slug: str):
    event = _event_or_404(request, slug)
    return _ics_response(calendar.events_ical([event], request=request), f"{event.slug}.ics")


@require_GET
def events_ics(request):
    events = selectors.events_calendar(user=request.user)
    return _ics_response(calendar.events_ical(events, request=request), "etisc-events.ics")


@require_GET
def news(request):
    page_obj = Paginator(selectors.news_list(), 20).get_page(request.GET.get("page"))
    return render(request, "etisc/news.html", {"page_obj": page_obj, "trail": _trail(("", _("News")))})


@require_GET
def news_detail(request, slug: str):
    item = get_object_or_404(NewsItem, slug=slug)
    context = {"item": item, "trail": _trail((reverse("etisc:news"), _("News")), ("", item.title))}
    return render(request, "etisc/news_detail.html", context)


# Notifications --------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def notifications(request):
    if request.method == "POST":
        services.notifications_mark_read(user=request.user)
        return redirect("etisc:notifications")
    page_obj = Paginator(selectors.notifications_for(user=request.user), 30).get_page(request.GET.get("page"))
    context = {"page_obj": page_obj, "trail": _trail(("", _("Notifications")))}
    return render(request, "etisc/notifications.html", context)


@login_required
@require_GET
def notification_open(request, pk: int):
    notification = get_object_or_404(request.user.etisc_notifications, pk=pk)
    services.notifications_mark_read(user=request.user, notification_ids=[notification.pk])
    return redirect(notification.url)


@login_required
@require_http_methods(["GET", "POST"])
def preferences(request):
    preference = NotificationPreference.objects.filter(user=request.user).first() or NotificationPreference()
    form = PreferenceForm(request.POST or None, instance=preference)
    if request.method == "POST" and form.is_valid():
        values = {field: form.cleaned_data[field] for field in form.Meta.fields}
        services.preference_update(user=request.user, **values)
        messages.success(request, _("Notification settings saved."))
        return redirect("etisc:preferences")
    context = {"form": form, "trail": _trail((reverse("etisc:notifications"), _("Notifications")), ("", _("Settings")))}
    return render(request, "etisc/preferences.html", context, status=400 if form.errors else 200)
