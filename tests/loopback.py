"""A loopback HTTP server with one handler for every path matching a pattern, for module-scoped fixtures
(pytest-httpserver's own `httpserver` fixture is function-scoped)."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response


@contextmanager
def loopback(pattern: str, handler: Callable[[Request], Response]) -> Iterator[HTTPServer]:
    http = HTTPServer(host="127.0.0.1", port=0)
    http.expect_request(re.compile(pattern)).respond_with_handler(handler)
    http.start()
    try:
        yield http
    finally:
        http.clear()
        http.stop()
