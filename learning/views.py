from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from inspire.accounts.models import User
from inspire.sections import section_trail
from learning import selectors
from learning.forms import StepForm
from learning.models import LearningPath, LearningResource, PathStep
from learning.permissions import can_view_progress, is_coordinator
from learning.services import step_complete, step_reopen

PAGE_SIZE = 12


def _filter_errors(filterset) -> list[str]:
    readable = []
    for name, errors in filterset.errors.items():
        label = filterset.filters[name].label if name in filterset.filters else ""
        readable.extend(f"{label}: {error}" if label else str(error) for error in errors)
    return readable


@require_safe
def index(request):
    filterset = selectors.resource_catalogue(request.GET)
    valid = filterset.is_valid()
    paginator = Paginator(filterset.qs if valid else LearningResource.objects.none(), PAGE_SIZE)
    page_obj = paginator.get_page(request.GET.get("page"))
    context = {
        "page_obj": page_obj,
        "resources": page_obj.object_list,
        "facets": selectors.resource_facets(request.GET),
        "errors": None if valid else _filter_errors(filterset),
        "is_filtered": any(key != "page" for key in request.GET),
        "trail": section_trail("learning"),
    }
    return render(request, "learning/index.html", context, status=200 if valid else 400)


@require_safe
def resource(request, slug):
    try:
        item = selectors.resource_detail(slug)
    except LearningResource.DoesNotExist as error:
        raise Http404 from error
    context = {
        "resource": item,
        "paths": selectors.resource_paths(item),
        "trail": section_trail("learning", (item.get_absolute_url(), item.title)),
    }
    return render(request, "learning/resource.html", context)


@require_safe
def paths(request):
    items = list(selectors.paths_all())
    done = selectors.steps_done(request.user, items)
    context = {
        "progress": [selectors.PathProgress(path, done) for path in items],
        "trail": section_trail("learning", (reverse("learning:paths"), _("Learning paths"))),
    }
    return render(request, "learning/paths.html", context)


@require_safe
def path(request, slug):
    try:
        item = selectors.path_detail(slug)
    except LearningPath.DoesNotExist as error:
        raise Http404 from error
    progress = selectors.PathProgress(item, selectors.steps_done(request.user, [item]))
    context = {
        "path": item,
        "progress": progress,
        "trail": section_trail(
            "learning", (reverse("learning:paths"), _("Learning paths")), (item.get_absolute_url(), item.title)
        ),
    }
    return render(request, "learning/path.html", context)


@login_required
@require_POST
def step(request, slug, position):
    item = get_object_or_404(PathStep.objects.select_related("path"), path__slug=slug, position=position)
    form = StepForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("That step could not be changed; try again."))
        return redirect(item.path)
    if form.cleaned_data["done"]:
        step_complete(user=request.user, step=item)
        messages.success(request, _("Step %(n)s marked done.") % {"n": item.position})
    else:
        step_reopen(user=request.user, step=item)
        messages.success(request, _("Step %(n)s marked not done.") % {"n": item.position})
    return redirect(f"{item.path.get_absolute_url()}#step-{item.position}")


@login_required
@require_safe
def my_progress(request):
    context = {
        "learner": request.user,
        "progress": selectors.learner_progress(request.user),
        "is_coordinator": is_coordinator(request.user),
        "trail": section_trail("learning", ("", _("My progress"))),
    }
    return render(request, "learning/progress.html", context)


@login_required
@require_safe
def team(request):
    if not is_coordinator(request.user):
        raise Http404
    context = {
        "team": selectors.team_progress(request.user),
        "trail": section_trail("learning", ("", _("My TISC staff"))),
    }
    return render(request, "learning/team.html", context)


@login_required
@require_safe
def member_progress(request, username):
    learner = get_object_or_404(User, username=username)
    # Not found rather than forbidden: whether someone is learning here is private too.
    if not can_view_progress(request.user, learner):
        raise Http404
    context = {
        "learner": learner,
        "progress": selectors.learner_progress(learner),
        "is_coordinator": False,
        "trail": section_trail("learning", (reverse("learning:team"), _("My TISC staff")), ("", learner.display_name)),
    }
    return render(request, "learning/progress.html", context)
