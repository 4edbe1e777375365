from django.utils.translation import gettext_lazy as _

from inspire.search.providers import IndexEntry, SearchProvider, plain_text
from learning.models import LearningPath, LearningResource, PathStep


class LearningResourceProvider(SearchProvider):
    model = LearningResource
    kind = "learning"
    label = _("Courses, events and publications")

    def queryset(self):
        return LearningResource.objects.select_related("provider").prefetch_related("topics")

    def entry(self, resource: LearningResource) -> IndexEntry | None:
        if not resource.is_published:
            return None
        topics = " ".join(topic.name for topic in resource.topics.all())
        return IndexEntry(
            title=resource.title,
            body=plain_text(resource.summary, f"{resource.provider.name} {resource.get_kind_display()} {topics}"),
            url=resource.get_absolute_url(),
        )


class LearningPathProvider(SearchProvider):
    model = LearningPath
    kind = "learning_path"
    label = _("Learning paths")
    dependencies = {PathStep: lambda step: LearningPath.objects.filter(pk=step.path_id)}

    def queryset(self):
        return LearningPath.objects.prefetch_related("steps")

    def entry(self, path: LearningPath) -> IndexEntry | None:
        steps = " ".join(step.title for step in path.steps.all())
        return IndexEntry(title=path.title, body=plain_text(path.summary, steps), url=path.get_absolute_url())


PROVIDERS = [LearningResourceProvider, LearningPathProvider]
