"""Network faults from real loopback servers: each ends in a retry, a clear FetchError or a failed file,
never a hang (every wait is bounded) and never a partial load."""
from __future__ import annotations

import gzip
import io
import socket
import struct
import threading
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from flows.collect import gdelt
from flows.collect.gdelt import unzip_export
from flows.collect.http import FetchError, RetryPolicy, download, make_client, retry_policy

QUICK = RetryPolicy(attempts=3, base_delay=0.01)
OK_RESPONSE = b"HTTP/1.1 200 OK\r\nContent-Length: 7\r\nConnection: close\r\n\r\npayload"


@contextmanager
def resetting_server(resets: int) -> Iterator[str]:
    """A raw TCP server that resets (RST, via SO_LINGER 0) its first `resets` connections, then answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        seen = 0
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.recv(4096)
                seen += 1
                if seen <= resets:
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                else:
                    conn.sendall(OK_RESPONSE)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/f"
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()


def get(url: str, max_bytes: int = 10_000_000, timeout: float = 2.0) -> bytes:
    sink = io.BytesIO()
    with make_client(timeout) as client:
        download(client, url, sink, max_bytes, QUICK, sleep=lambda _s: None)
    return sink.getvalue()


def test_connection_resets_are_retried_then_the_body_arrives() -> None:
    with resetting_server(resets=2) as url:
        assert get(url) == b"payload"


def test_a_server_that_always_resets_fails_with_one_clear_error() -> None:
    with resetting_server(resets=99) as url, pytest.raises(FetchError, match="after 3 tries"):
        get(url)


def test_a_burst_of_500_502_503_is_retried(httpserver: HTTPServer) -> None:
    for status in (500, 502, 503):
        httpserver.expect_oneshot_request("/f").respond_with_data("down", status=status)
    httpserver.expect_request("/f").respond_with_data(b"payload")
    policy = RetryPolicy(attempts=4, base_delay=0.01)
    sink = io.BytesIO()
    with make_client(2.0) as client:
        download(client, httpserver.url_for("/f"), sink, 1000, policy, sleep=lambda _s: None)
    assert sink.getvalue() == b"payload"


def test_a_server_that_stalls_mid_body_times_out_in_bounded_time(httpserver: HTTPServer) -> None:
    def stall_after_half(_request: Request) -> Response:
        def body() -> Iterator[bytes]:
            yield b"x" * 1000
            time.sleep(3)  # longer than the client's read timeout
            yield b"y" * 1000
        return Response(body(), headers={"Content-Length": "2000"})

    httpserver.expect_request("/slow").respond_with_handler(stall_after_half)
    started = time.monotonic()
    with pytest.raises(FetchError):
        get(httpserver.url_for("/slow"), timeout=0.5)
    assert time.monotonic() - started < 10  # 3 tries x 0.5 s timeout, never a hang


def test_a_gzip_bomb_is_cut_at_the_cap_not_expanded(httpserver: HTTPServer) -> None:
    bomb = gzip.compress(b"\0" * 50_000_000, compresslevel=9)  # ~50 KB on the wire, 50 MB decoded
    httpserver.expect_request("/bomb").respond_with_data(bomb, headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="cap"):
        get(httpserver.url_for("/bomb"), max_bytes=1_000_000)


def test_a_zip_bomb_export_is_refused_before_it_fills_the_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The member expands past the cap (lowered here so the test writes megabytes, not gigabytes)."""
    name = "20250301000000.export.CSV.zip"
    with zipfile.ZipFile(tmp_path / name, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name.removesuffix(".zip"), b"\t" * 20_000_000)
    monkeypatch.setattr(gdelt, "MAX_UNZIPPED_BYTES", 5_000_000)
    work = tmp_path / "work"
    work.mkdir()
    with pytest.raises(FetchError, match="over the cap"):
        unzip_export(tmp_path / name, name, work)
    assert list(work.iterdir()) == []  # refused from the declared size, before writing anything


def test_a_zip_whose_declared_size_lies_is_cut_while_extracting(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    name = "20250301000000.export.CSV.zip"
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name.removesuffix(".zip"), b"\t" * 20_000_000)
    data = bytearray(path.read_bytes())
    # Patch the uncompressed size in both headers to 1,000 bytes: a bomb that hides its size.
    local = data.find(b"PK\x03\x04")
    central = data.find(b"PK\x01\x02")
    data[local + 22:local + 26] = struct.pack("<I", 1000)
    data[central + 24:central + 28] = struct.pack("<I", 1000)
    path.write_bytes(bytes(data))
    monkeypatch.setattr(gdelt, "MAX_UNZIPPED_BYTES", 5_000_000)
    with pytest.raises(FetchError):
        unzip_export(path, name, tmp_path)


def trickle(total: int, step: int, every: float) -> Iterator[bytes]:
    """`total` bytes, `step` at a time, one step every `every` seconds: each read well within any timeout."""
    for _ in range(0, total, step):
        yield b"t" * step
        time.sleep(every)


def test_a_trickled_body_ends_at_the_download_deadline(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/trickle").respond_with_handler(
        lambda _request: Response(trickle(400, 4, 0.1), headers={"Content-Length": "400"}))  # 40 bytes/s for 10 s
    policy = RetryPolicy(attempts=3, base_delay=0.01, deadline_seconds=1.5)
    started = time.monotonic()
    with make_client(2.0) as client, pytest.raises(FetchError, match=r"not finished within 1.5 s \(http_download"):
        download(client, httpserver.url_for("/trickle"), io.BytesIO(), 10_000, policy)
    assert time.monotonic() - started < 5  # not retried: the deadline covers every try


def test_a_body_under_the_minimum_rate_fails_once_its_read_timeout_has_passed(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/trickle").respond_with_handler(
        lambda _request: Response(trickle(400, 4, 0.1), headers={"Content-Length": "400"}))
    policy = RetryPolicy(attempts=3, base_delay=0.01, min_bytes_per_second=1000)
    started = time.monotonic()
    with make_client(0.5) as client, pytest.raises(FetchError, match=r"too slow, \d+ bytes in \d+ s, under 1000 "):
        download(client, httpserver.url_for("/trickle"), io.BytesIO(), 10_000, policy)
    assert time.monotonic() - started < 5


def test_the_default_pace_lets_a_normal_download_through(httpserver: HTTPServer) -> None:
    from flows.config import Settings

    body = bytes(range(256)) * 20_000  # 5 MB, the size of a large unzipped export
    httpserver.expect_request("/big").respond_with_data(body)
    sink = io.BytesIO()
    with make_client(Settings().http_timeout_seconds) as client:
        download(client, httpserver.url_for("/big"), sink, 10_000_000, retry_policy(Settings()))
    assert sink.getvalue() == body


def test_no_retry_is_waited_for_past_the_deadline(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/busy").respond_with_data("busy", status=503, headers={"Retry-After": "30"})
    sleeps: list[float] = []
    policy = RetryPolicy(attempts=3, base_delay=0.01, deadline_seconds=5)
    with make_client(2.0) as client, pytest.raises(FetchError, match="HTTP 503 on try 1 of 3; no time left"):
        download(client, httpserver.url_for("/busy"), io.BytesIO(), 1000, policy, sleep=sleeps.append)
    assert sleeps == [] and len(httpserver.log) == 1
