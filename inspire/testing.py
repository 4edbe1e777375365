"""Assertions shared by every app's tests."""

from collections.abc import Callable

from django.db import connection
from django.test.utils import CaptureQueriesContext


def assert_constant_queries(
    client,
    url: str,
    add_rows: Callable[[], object],
    *,
    status: int = 200,
    before_each: Callable[[], object] | None = None,
) -> int:
    """Request `url`, add more rows, request again: the query count must not grow with the rows.

    `add_rows` is called once before the first measured request and once more between the two,
    so both requests see real data. `before_each` runs before each measured request (e.g. to drop
    a cached fragment, so the page is drawn from the database). Returns the query count, for
    budgets in the caller.
    """
    before_each = before_each or (lambda: None)
    add_rows()
    client.get(url)  # warm caches (sessions, content types) so both measured requests start alike
    before_each()
    with CaptureQueriesContext(connection) as first:
        response = client.get(url)
    assert response.status_code == status, response.status_code
    add_rows()
    before_each()
    with CaptureQueriesContext(connection) as second:
        response = client.get(url)
    assert response.status_code == status, response.status_code
    assert len(second) == len(first), (
        f"{url}: {len(first)} queries before adding rows, {len(second)} after:\n"
        + "\n".join(q["sql"] for q in second.captured_queries)
    )
    return len(second)
