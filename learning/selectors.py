"""Reads for the learning pages and API: lists with relations fetched up front, and progress read in
a fixed number of queries however many paths, steps or learners there are."""

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from django.db.models import Count, Prefetch, QuerySet
from django.http import QueryDict

from inspire.accounts.models import User
from learning.filters import ResourceFilter
from learning.models import (
    LANGUAGES,
    Coordination,
    LearningPath,
    LearningProvider,
    LearningResource,
    PathStep,
    StepCompletion,
    Topic,
)


@dataclass(frozen=True)
class Facet:
    param: str
    legend: str
    options: list[tuple[str, str, None]]
    selected: list[str]


@dataclass(frozen=True)
class PathProgress:
    path: LearningPath
    done: set[int]

    @property
    def steps(self) -> list[tuple[PathStep, bool]]:
        return [(step, step.pk in self.done) for step in self.path.steps.all()]

    @property
    def total(self) -> int:
        return len(self.path.steps.all())

    @property
    def completed(self) -> int:
        return sum(1 for step in self.path.steps.all() if step.pk in self.done)

    @property
    def percent(self) -> int:
        return round(100 * self.completed / self.total) if self.total else 0


def resource_catalogue(data: QueryDict | None = None) -> ResourceFilter:
    return ResourceFilter(data, queryset=LearningResource.objects.published().for_cards().order_by("title"))


def resource_facets(data: QueryDict) -> list[Facet]:
    """The filter choices with what is ticked; no counts, so the page costs the same whatever is chosen."""
    dynamic: dict[str, Sequence[tuple[str, object]]] = {
        "topic": list(Topic.objects.values_list("slug", "name")),
        "provider": list(LearningProvider.objects.values_list("slug", "name")),
        "language": LANGUAGES,
    }
    facets = []
    for param in ResourceFilter.FACETS:
        definition = ResourceFilter.base_filters[param]
        choices = dynamic[param] if param in dynamic else definition.extra["choices"]
        options = [(value, str(label), None) for value, label in choices]
        facets.append(Facet(param, str(definition.label), options, data.getlist(param)))
    return facets


def resource_detail(slug: str) -> LearningResource:
    return (
        LearningResource.objects.published()
        .select_related("provider", "source")
        .prefetch_related("topics", "editions")
        .get(slug=slug)
    )


def resource_paths(resource: LearningResource) -> list[LearningPath]:
    return list(LearningPath.objects.filter(steps__resource=resource).distinct().order_by("order", "title"))


def _steps() -> Prefetch:
    steps = PathStep.objects.select_related("resource").prefetch_related("resource__editions").order_by("position")
    return Prefetch("steps", queryset=steps)


def paths_all() -> QuerySet[LearningPath]:
    return (
        LearningPath.objects.prefetch_related(_steps()).annotate(step_count=Count("steps")).order_by("order", "title")
    )


def path_detail(slug: str) -> LearningPath:
    return LearningPath.objects.select_related("source").prefetch_related(_steps()).get(slug=slug)


def steps_done(user: User, paths: list[LearningPath] | None = None) -> set[int]:
    """Ids of the steps `user` marked done (within `paths` when given)."""
    if not user.is_authenticated:
        return set()
    completions = StepCompletion.objects.filter(user=user)
    if paths is not None:
        completions = completions.filter(step__path__in=paths)
    return set(completions.values_list("step_id", flat=True))


def learner_progress(learner: User) -> list[PathProgress]:
    paths = list(paths_all())
    done = steps_done(learner)
    return [PathProgress(path, done) for path in paths]


@dataclass(frozen=True)
class MemberProgress:
    member: User
    paths: list[PathProgress]


def team_members(coordinator: User) -> QuerySet[User]:
    return User.objects.filter(coordinators__coordinator=coordinator).order_by("username")


def team_progress(coordinator: User) -> list[MemberProgress]:
    """Every member the coordinator follows, with their progress on every path."""
    members = list(team_members(coordinator))
    paths = list(paths_all())
    done: dict[int, set[int]] = defaultdict(set)
    rows = StepCompletion.objects.filter(user__in=members).values_list("user_id", "step_id")
    for user_id, step_id in rows:
        done[user_id].add(step_id)
    return [MemberProgress(member, [PathProgress(path, done[member.pk]) for path in paths]) for member in members]


def coordinators_of(member: User) -> QuerySet[User]:
    return User.objects.filter(pk__in=Coordination.objects.filter(member=member).values("coordinator"))
