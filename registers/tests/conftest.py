import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from registers.tests.factories import JurisdictionFactory, OrganisationFactory, ResourceFactory


class _Handler(BaseHTTPRequestHandler):
    """A tiny site with one page per link-check outcome."""

    def _answer(self, with_body: bool):
        if self.path == "/ok":
            self._send(200, with_body)
        elif self.path == "/missing":
            self._send(404, with_body)
        elif self.path == "/slow":
            time.sleep(1.5)
            self._send(200, with_body)
        elif self.path == "/loop-a":
            self._redirect("/loop-b")
        elif self.path == "/loop-b":
            self._redirect("/loop-a")
        elif self.path == "/moved":
            self._redirect("/ok")
        elif self.path == "/no-head":
            self._send(405 if self.command == "HEAD" else 200, with_body)
        else:
            self._send(500, with_body)

    def _send(self, status: int, with_body: bool):
        body = b"<p>register</p>"
        self.send_response(status)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def _redirect(self, location: str):
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self):
        self._answer(with_body=False)

    def do_GET(self):
        self._answer(with_body=True)

    def log_message(self, format, *args):
        """Keep test output quiet."""


@pytest.fixture
def local_site():
    """Base URL of an HTTP server on 127.0.0.1 running in a thread for the test."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def france(db):
    return JurisdictionFactory(code="FR", name="France", region="EU")


@pytest.fixture
def epo(db):
    return OrganisationFactory()


@pytest.fixture
def france_register(france):
    return ResourceFactory(jurisdiction=france, title="data.inpi.fr", url="https://data.inpi.fr/", languages="fr")
