import pytest

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0"
OTHER_BROWSER = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 Version/18.0 Safari/605.1.15"


@pytest.fixture
def browser_headers():
    return {"HTTP_USER_AGENT": BROWSER, "REMOTE_ADDR": "8.8.8.8"}
