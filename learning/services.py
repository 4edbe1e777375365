"""Every write to the learning app goes through here: the content seeds, and learners marking steps
done or not done."""

from typing import TYPE_CHECKING

from django.db import IntegrityError, transaction

from inspire.accounts.models import User
from inspire.content.seeding import Seeder
from learning.models import Edition, LearningPath, LearningProvider, LearningResource, PathStep, StepCompletion, Topic
from programmes.models import Source

if TYPE_CHECKING:
    from learning.content.schema import PathEntry, ProviderRow, ResourceEntry, TopicRow


def _row(seeded: dict, model, slug: str):
    """A row loaded in this run (None if a curator deleted it), else one already in the database."""
    return seeded[slug] if slug in seeded else model.objects.filter(slug=slug).first()


def _source(key: str, entry: str, seeder: Seeder) -> Source | None:
    """Sources are the programmes app's rows; without them (not loaded yet) the entry waits."""
    source = Source.objects.filter(key=key).first()
    if source is None:
        seeder.report.conflicts.append(f"{entry}: source {key} is not in the database (load programmes); not loaded")
    return source


@transaction.atomic
def provider_seed(*, entry: "ProviderRow", seeder: Seeder) -> LearningProvider | None:
    return seeder.seed(
        LearningProvider,
        key=f"learning/providers/{entry.slug}",
        lookup={"slug": entry.slug},
        values={"name": entry.name, "website": entry.website or ""},
    )


@transaction.atomic
def topic_seed(*, entry: "TopicRow", seeder: Seeder) -> Topic | None:
    return seeder.seed(
        Topic, key=f"learning/topics/{entry.slug}", lookup={"slug": entry.slug}, values={"name": entry.name}
    )


@transaction.atomic
def resource_seed(
    *, slug: str, entry: "ResourceEntry", providers: dict, topics: dict, seeder: Seeder
) -> LearningResource | None:
    provider = _row(providers, LearningProvider, entry.provider)
    source = _source(entry.source, f"learning/resources/{slug}", seeder)
    if provider is None:
        seeder.report.conflicts.append(f"learning/resources/{slug}: provider {entry.provider} was deleted; not loaded")
    if provider is None or source is None:
        return None
    values = {
        "title": entry.title,
        "kind": entry.kind,
        "provider": provider,
        "format": entry.format or "",
        "level": entry.level or "",
        "duration": entry.duration,
        "languages": list(entry.languages),
        "year": entry.year,
        "url": entry.url or "",
        "summary": entry.summary,
        "hub_links": [str(link) for link in entry.hub_links],
        "is_published": entry.is_published,
        "source": source,
        "reviewed_on": entry.reviewed_on,
    }
    chosen = [row for name in entry.topics if (row := _row(topics, Topic, name)) is not None]
    resource = seeder.seed(
        LearningResource,
        key=f"learning/resources/{slug}",
        lookup={"slug": slug},
        values=values,
        many={"topics": chosen},
    )
    if resource is None:
        return None
    for edition in entry.editions:
        seeder.seed(
            Edition,
            key=f"learning/resources/{slug}/editions/{edition.language}",
            lookup={"resource": resource, "language": edition.language},
            values={"title": edition.title, "url": edition.url or ""},
        )
    return resource


@transaction.atomic
def path_seed(*, slug: str, entry: "PathEntry", resources: dict, seeder: Seeder) -> LearningPath | None:
    source = _source(entry.source, f"learning/paths/{slug}", seeder)
    if source is None:
        return None
    values = {"title": entry.title, "summary": entry.summary, "order": entry.order, "source": source}
    values["reviewed_on"] = entry.reviewed_on
    path = seeder.seed(LearningPath, key=f"learning/paths/{slug}", lookup={"slug": slug}, values=values)
    if path is None:
        return None
    for position, step in enumerate(entry.steps, start=1):
        resource = _row(resources, LearningResource, step.resource) if step.resource else None
        seeder.seed(
            PathStep,
            key=f"learning/paths/{slug}/steps/{position}",
            lookup={"path": path, "position": position},
            values={
                "title": step.title,
                "description": step.description,
                "resource": resource,
                "hub_link": str(step.hub_link) if step.hub_link else "",
            },
        )
    return path


def step_complete(*, user: User, step: PathStep) -> StepCompletion:
    """Mark a step done; marking it again keeps the first date (two quick clicks make one row)."""
    existing = StepCompletion.objects.filter(user=user, step=step).first()
    if existing is not None:
        return existing
    completion = StepCompletion(user=user, step=step)
    completion.full_clean(validate_unique=False)
    try:
        with transaction.atomic():
            completion.save()
    except IntegrityError:
        return StepCompletion.objects.get(user=user, step=step)
    return completion


@transaction.atomic
def step_reopen(*, user: User, step: PathStep) -> bool:
    """Mark a step not done; returns whether it had been done."""
    deleted, _details = StepCompletion.objects.filter(user=user, step=step).delete()
    return bool(deleted)
