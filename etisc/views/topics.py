"""Topic lists and threads: start a topic, reply (with quotes), watch a topic."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from etisc import selectors, services
from etisc.access import group_or_404, topic_or_404
from etisc.forms import (
    MoveForm,
    PostForm,
    TopicForm,
    TopicWatchForm,
)
from etisc.models import (
    Post,
    Topic,
)
from etisc.permissions import GroupAccess
from etisc.ratelimit import RateLimited, rate_limit_hit
from etisc.views._common import POSTS_PER_PAGE, TOPICS_PER_PAGE, form_errors, too_many
from inspire.sections import section_trail


@require_safe
def topics(request):
    tag = request.GET.get("tag", "")[:50]
    query = request.GET.get("q", "")[:200]
    # ?author= is where an @mention in a post leads: the discussions that member took part in.
    author = request.GET.get("author", "")[:150]
    topics_qs = selectors.topics_visible(user=request.user, tag=tag, query=query, author=author)
    page_obj = Paginator(topics_qs, TOPICS_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "page_obj": page_obj,
        "markers": selectors.unread_markers(user=request.user, topics=page_obj.object_list),
        "tag": tag,
        "query": query,
        "author": author,
        "member": selectors.member_named(username=author) if author else None,
        "trail": section_trail("etisc", ("", _("All topics"))),
    }
    return render(request, "etisc/topics.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def topic_create(request, slug: str):
    group, access = group_or_404(request, slug)
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
            return too_many(request)
        except ValidationError as error:
            form_errors(form, error)
        else:
            if topic.hidden:
                messages.info(request, _("Thanks! Your topic will appear once a moderator approves it."))
                return redirect(group)
            return redirect(topic)
    context = {
        "group": group,
        "form": form,
        "trail": section_trail("etisc", (group.get_absolute_url(), group.name), ("", _("New topic"))),
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
        "trail": section_trail("etisc", (topic.group.get_absolute_url(), topic.group.name), ("", topic.title)),
    }
    if user.is_authenticated:
        previous = selectors.read_position(user=user, topic=topic)
        context["last_read"] = previous or 0
        context["watch_form"] = TopicWatchForm(initial={"level": selectors.watch_level(user=user, topic=topic)})
        if access.is_moderator:
            context["move_form"] = MoveForm(groups=selectors.moderated_groups(user=user).exclude(pk=topic.group_id))
        page_posts = list(page_obj.object_list)
        if page_posts:
            services.topic_mark_read(user=user, topic=topic, number=page_posts[-1].number, previous=previous)
    return context


@require_safe
def topic_detail(request, pk: int):
    topic, access = topic_or_404(request, pk)
    return render(request, "etisc/topic.html", _thread_context(request, topic, access))


@login_required
@require_POST
def topic_reply(request, pk: int):
    topic, access = topic_or_404(request, pk)
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
            return too_many(request)
        except ValidationError as error:
            form_errors(form, error)
        else:
            if post.status == Post.Status.HELD:
                messages.info(request, _("Thanks! Your post will appear once a moderator approves it."))
            return redirect(post.get_absolute_url())
    return render(request, "etisc/topic.html", _thread_context(request, topic, access, reply_form=form), status=400)


@login_required
@require_POST
def topic_watch(request, pk: int):
    topic, _access = topic_or_404(request, pk)
    form = TopicWatchForm(request.POST)
    if not form.is_valid():
        return render(request, "etisc/bad_request.html", {"form": form}, status=400)
    services.watch_set(user=request.user, topic=topic, level=form.cleaned_data["level"])
    messages.success(request, _("Notification level saved."))
    return redirect(topic)
