import pytest
import redis
from django.conf import settings

from inspire.usage import buffer


@pytest.fixture(autouse=True)
def _empty_usage_buffers():
    """Each test starts with no queued events, in memory or in this app's Redis database."""

    redis_url = settings.REDIS_URL  # read now: a test may point REDIS_URL at a dead port

    def empty():
        buffer.reset()
        if redis_url:
            redis.Redis.from_url(redis_url).delete(buffer.REDIS_LIST_KEY, buffer.REDIS_FLUSH_LOCK_KEY)

    empty()
    yield
    empty()


BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0"
OTHER_BROWSER = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 Version/18.0 Safari/605.1.15"


@pytest.fixture
def browser_headers():
    return {"HTTP_USER_AGENT": BROWSER, "REMOTE_ADDR": "8.8.8.8"}
