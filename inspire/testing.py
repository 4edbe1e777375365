"""Assertions shared by every app's tests."""

from collections.abc import Callable

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext


def assert_constant_queries(
    client,
    url: str,
    add_rows: Callable[[], object],
    *,
    status: int = 200,
) -> int:
    """Request `url`, add more rows, request again: the query count must not grow with the rows.

    `add_rows` is called once before the first measured request and once more between the two,
    so both requests see real data. The cache is emptied before each measured request, so cached
    fragments and counts are drawn from the database both times. Returns the query count, for
    budgets in the caller.
    """
    add_rows()
    client.get(url)  # warm caches (sessions, content types) so both measured requests start alike
    cache.clear()
    with CaptureQueriesContext(connection) as first:
        response = client.get(url)
    assert response.status_code == status, response.status_code
    add_rows()
    cache.clear()
    with CaptureQueriesContext(connection) as second:
        response = client.get(url)
    assert response.status_code == status, response.status_code
    assert len(second) == len(first), (
        f"{url}: {len(first)} queries before adding rows, {len(second)} after:\n"
        + "\n".join(q["sql"] for q in second.captured_queries)
    )
    return len(second)
