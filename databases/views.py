from collections import Counter

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST, require_safe

from databases import selectors, services
from databases.filters import SORT_CHOICES
from databases.finder import finder_answer
from databases.forms import CommentForm, CompareForm, FinderForm, RatingForm
from databases.models import PatentDatabase
from databases.selectors import MapState
from inspire.jurisdictions import all_jurisdictions
from inspire.pagination import ContentCountPaginator
from inspire.sections import section_trail
from registers.worldmap import country_shapes, view_box

PAGE_SIZE = 24


@require_safe
def index(request):
    """Browse with facets; the results double as a form that sends the ticked databases to compare."""
    database_filter = selectors.database_filter(params=request.GET, user=request.user)
    valid = database_filter.is_valid()
    queryset = database_filter.qs if valid else PatentDatabase.objects.none()
    page_obj = ContentCountPaginator(
        queryset, PAGE_SIZE, version_key=selectors.CONTENT_VERSION_KEY, key=selectors.list_key(request)
    ).get_page(request.GET.get("page"))
    facets = selectors.database_facets(queryset=queryset, params=request.GET, user=request.user)
    suggestions = []
    if valid and not page_obj.paginator.count:
        suggestions = [
            (
                f"?{relaxation.query}",
                ngettext(
                    "Without “%(label)s”: %(count)d database",
                    "Without “%(label)s”: %(count)d databases",
                    relaxation.count,
                )
                % {"label": relaxation.label, "count": relaxation.count},
            )
            for relaxation in selectors.database_relaxations(params=request.GET, user=request.user)
        ]
    context = {
        "filter": database_filter,
        "errors": database_filter.errors,
        "page_obj": page_obj,
        "facets": facets,
        "suggestions": suggestions,
        "selected": {
            name: request.GET.getlist(name)
            for name in ("kind", "access", "feature", "jurisdiction", "level", "document_kind")
        },
        "sort_choices": SORT_CHOICES,
        "sort": request.GET.get("sort", "name"),
        "total": page_obj.paginator.count,
        "trail": section_trail("databases"),
    }
    return render(request, "databases/index.html", context, status=200 if valid else 400)


def _detail_context(request, database: PatentDatabase, **forms) -> dict:
    user = request.user
    context = {
        "database": database,
        "coverage": selectors.coverage_table(database),
        "feature_groups": selectors.features_by_group(database),
        "rating_form": forms.get("rating_form") or RatingForm(),
        "comment_form": forms.get("comment_form") or CommentForm(),
        "own_rating": None,
        "following": False,
        "trail": section_trail("databases", ("", database.name)),
    }
    if user.is_authenticated:
        context["own_rating"], context["following"] = selectors.database_user_state(database=database, user=user)
        if "rating_form" not in forms and context["own_rating"]:
            context["rating_form"] = RatingForm(initial={"stars": context["own_rating"]})
    return context


def _database_or_404(request, slug: str) -> PatentDatabase:
    try:
        return selectors.database_detail(slug=slug, user=request.user)
    except PatentDatabase.DoesNotExist as error:
        raise Http404(_("No such database.")) from error


@require_safe
def detail(request, slug: str):
    database = _database_or_404(request, slug)
    return render(request, "databases/detail.html", _detail_context(request, database))


@require_safe
def coverage_map(request, slug: str):
    """The database's coverage on a world map, with the same facts as a list for screen readers."""
    database = _database_or_404(request, slug)
    states = selectors.coverage_map_states(database)
    names = all_jurisdictions()
    labels = {
        MapState.FULL: _("full text held"),
        MapState.PARTIAL: _("held, not in full text"),
        MapState.NOT_HELD: _("recorded as not held"),
        MapState.UNKNOWN: _("not recorded"),
    }
    shapes = [(shape, states.get(shape.code, MapState.UNKNOWN)) for shape in country_shapes()]
    on_map = {shape.code for shape, _state in shapes}
    counts = Counter(state for _shape, state in shapes)
    context = {
        "database": database,
        "shapes": [(shape, state, names.get(shape.code, shape.code), labels[state]) for shape, state in shapes],
        "legend": [(state, label, counts.get(state, 0)) for state, label in labels.items()],
        "offices": [
            (code, names.get(code, code), labels[state]) for code, state in states.items() if code not in on_map
        ],
        "view_box": view_box(),
        "trail": section_trail("databases", (database.get_absolute_url(), database.name), ("", _("Coverage map"))),
    }
    return render(request, "databases/coverage_map.html", context)


@require_safe
def compare(request):
    """Side by side: `?db=a&db=b` (2 to 4); the URL is the shareable comparison."""
    trail = section_trail("databases", ("", _("Compare")))
    if "db" not in request.GET:
        form = CompareForm(databases=selectors.database_choices())
        return render(request, "databases/compare.html", {"form": form, "trail": trail})
    form = CompareForm(request.GET, databases=selectors.database_choices(request.GET.getlist("db")))
    if not form.is_valid():
        form.fields["db"].choices = selectors.database_choices()  # to pick again from all of them
        return render(request, "databases/compare.html", {"form": form, "trail": trail}, status=400)
    databases = selectors.databases_for_compare(slugs=form.cleaned_data["db"], user=request.user)
    context = {"form": form, "databases": databases, "rows": selectors.compare_matrix(databases), "trail": trail}
    return render(request, "databases/compare.html", context)


@require_safe
def finder(request):
    trail = section_trail("databases", ("", _("Finder")))
    jurisdictions = selectors.finder_jurisdiction_choices(request.GET.getlist("jurisdiction"))
    if not request.GET:
        form = FinderForm(jurisdictions=jurisdictions)
        return render(request, "databases/finder.html", {"form": form, "trail": trail})
    form = FinderForm(request.GET, jurisdictions=jurisdictions)
    if not form.is_valid():
        return render(request, "databases/finder.html", {"form": form, "trail": trail}, status=400)
    data = form.cleaned_data
    answer = finder_answer(
        jurisdictions=data["jurisdiction"],
        features=data["feature"],
        free_only=data["budget"] == FinderForm.Budget.FREE,
        full_text=data["full_text"],
        user=request.user,
    )
    context = {"form": form, "answer": answer, "answered": True, "trail": trail}
    return render(request, "databases/finder.html", context)


@login_required
@require_POST
def rate(request, slug: str):
    database = get_object_or_404(PatentDatabase.objects.published(), slug=slug)
    form = RatingForm(request.POST)
    if not form.is_valid():
        database = _database_or_404(request, slug)
        return render(
            request, "databases/detail.html", _detail_context(request, database, rating_form=form), status=400
        )
    services.rating_set(database=database, user=request.user, stars=form.cleaned_data["stars"])
    messages.success(request, _("Thank you, your rating is saved."))
    return redirect(database)


@login_required
@require_POST
def comment(request, slug: str):
    database = get_object_or_404(PatentDatabase.objects.published(), slug=slug)
    form = CommentForm(request.POST)
    if not form.is_valid():
        database = _database_or_404(request, slug)
        return render(
            request, "databases/detail.html", _detail_context(request, database, comment_form=form), status=400
        )
    services.comment_create(database=database, author=request.user, body=form.cleaned_data["body"])
    messages.success(request, _("Thank you. Your comment will appear once a curator has approved it."))
    return redirect(database)


@login_required
@require_POST
def follow(request, slug: str):
    database = get_object_or_404(PatentDatabase.objects.published(), slug=slug)
    following = services.follow_set(database=database, user=request.user, following=request.POST.get("follow") == "1")
    if following:
        messages.success(request, _("You will get an e-mail when this report is revised."))
    else:
        messages.success(request, _("You no longer follow this report."))
    return redirect(database)
