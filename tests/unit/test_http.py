"""Collector HTTP against a real loopback server: retries, Retry-After, caps, redirects, timeouts."""
from __future__ import annotations

import io
import time

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from flows.collect.http import FetchError, RetryPolicy, download, make_client, retry_after_seconds

FAST = RetryPolicy(attempts=3, base_delay=0.01, max_delay=60)


def fetch(server: HTTPServer, path: str, policy: RetryPolicy = FAST, max_bytes: int = 10_000,
          timeout: float = 5.0, sleeps: list[float] | None = None) -> bytes:
    sink = io.BytesIO()
    with make_client(timeout) as client:
        download(client, server.url_for(path), sink, max_bytes, policy,
                 sleep=(sleeps.append if sleeps is not None else time.sleep))
    return sink.getvalue()


def test_503_twice_then_success(httpserver: HTTPServer) -> None:
    for _ in range(2):
        httpserver.expect_oneshot_request("/f").respond_with_data("busy", status=503)
    httpserver.expect_request("/f").respond_with_data(b"payload")
    sleeps: list[float] = []
    assert fetch(httpserver, "/f", sleeps=sleeps) == b"payload"
    # exponential backoff with up to 50 % jitter: 1-1.5x the base delay, then 2-3x
    assert len(sleeps) == 2
    assert FAST.base_delay <= sleeps[0] <= 1.5 * FAST.base_delay
    assert 2 * FAST.base_delay <= sleeps[1] <= 3 * FAST.base_delay


def test_429_honours_retry_after(httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/f").respond_with_data("slow down", status=429, headers={"Retry-After": "7"})
    httpserver.expect_request("/f").respond_with_data(b"ok")
    sleeps: list[float] = []
    assert fetch(httpserver, "/f", sleeps=sleeps) == b"ok"
    assert sleeps == [7.0]


def test_404_fails_at_once(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/f").respond_with_data("no", status=404)
    sleeps: list[float] = []
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(httpserver, "/f", sleeps=sleeps)
    assert sleeps == []


def test_persistent_500_gives_up_after_the_policy(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/f").respond_with_data("down", status=500)
    with pytest.raises(FetchError, match="HTTP 500 after 3 tries"):
        fetch(httpserver, "/f")
    assert len(httpserver.log) == 3


def test_body_over_the_cap_is_refused(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/big").respond_with_data(b"x" * 50_000)
    with pytest.raises(FetchError, match="cap"):
        fetch(httpserver, "/big", max_bytes=10_000)


def test_stalled_server_hits_the_timeout(httpserver: HTTPServer) -> None:
    def stall(_request: Request) -> Response:
        time.sleep(1.0)
        return Response("late")

    httpserver.expect_request("/slow").respond_with_handler(stall)
    started = time.monotonic()
    with pytest.raises(FetchError, match="ReadTimeout after 2 tries"):
        fetch(httpserver, "/slow", policy=RetryPolicy(attempts=2, base_delay=0.01), timeout=0.2)
    assert time.monotonic() - started < 5


def test_redirects_same_host_only(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/new"})
    httpserver.expect_request("/new").respond_with_data(b"moved")
    assert fetch(httpserver, "/old") == b"moved"
    httpserver.expect_request("/away").respond_with_data("", status=302,
                                                         headers={"Location": "http://other.example/x"})
    with pytest.raises(FetchError, match=r"redirect to http://other\.example/x refused"):
        fetch(httpserver, "/away")


def test_connection_refused_is_retried_then_recorded() -> None:
    sink = io.BytesIO()
    sleeps: list[float] = []
    with make_client(1.0) as client, pytest.raises(FetchError, match="ConnectError after 3 tries"):
        download(client, "http://127.0.0.1:9/x", sink, 100, FAST, sleep=sleeps.append)
    assert len(sleeps) == 2


def test_retry_after_parses_seconds_and_dates() -> None:
    assert retry_after_seconds("12") == 12.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


def test_user_agent_is_honest(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/ua").respond_with_data(b"ok")
    fetch(httpserver, "/ua")
    request = httpserver.log[0][0]
    assert request.headers["User-Agent"].startswith("allywatch/")
    assert isinstance(make_client(1.0), httpx.Client)
