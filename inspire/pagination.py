"""Paging for list pages whose total depends on curated content alone."""

from functools import cached_property

from django.core.paginator import Paginator

from inspire.cache import cached_per_version


class ContentCountPaginator(Paginator):
    """A paginator whose total is kept per content version and selection (`key`): counting a list of
    100,000 rows is a scan of the whole table on every request, and the total only changes when the
    content does, which retires the version."""

    def __init__(self, object_list, per_page, *, version_key: str, key: object, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.version_key = version_key
        self.key = key

    @cached_property
    def count(self) -> int:
        return cached_per_version(self.version_key, "count", self.key, lambda: Paginator.count.func(self))
