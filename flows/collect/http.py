"""HTTP for collectors: timeouts, retries with exponential backoff and jitter, Retry-After, body caps,
and redirects followed only on the same host (GDELT's lists say http:// while the host answers https).
"""
from __future__ import annotations

import email.utils
import io
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, BinaryIO
from urllib.parse import urljoin, urlsplit

import httpx

from flows import __version__
from flows.config import Settings
from flows.secrets import HostTokenAuth, Secret

if TYPE_CHECKING:
    from flows.collect.pinned import AddressGuard

USER_AGENT = f"allywatch/{__version__} (+https://github.com/allywatch; news support metrics)"
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
MAX_REDIRECTS = 5


class FetchError(Exception):
    """A fetch that failed for good (after retries, or at once for 4xx, oversize bodies, foreign redirects)."""

    def __init__(self, message: str, status: int | None = None, transient: bool = False) -> None:
        super().__init__(message)
        self.status = status
        # True when every try met a 429, a 5xx or a connection problem: a later attempt may succeed.
        self.transient = transient


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 60.0
    jitter: float = 0.5
    # A download (all its tries) ends by this many seconds, and each try, once past its first read
    # timeout, must average this many bytes/s: a trickle that keeps every read within the timeout
    # would otherwise never end. None turns either off.
    deadline_seconds: float | None = None
    min_bytes_per_second: float | None = None

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds before try `attempt + 1`: Retry-After when the server gave one, else backoff + jitter."""
        if retry_after is not None:
            return min(retry_after, self.max_delay)
        backoff = min(self.base_delay * 2 ** (attempt - 1), self.max_delay)
        return backoff * (1 + random.uniform(0, self.jitter))


def retry_policy(settings: Settings) -> RetryPolicy:
    """The configured retries, backoff and download bounds."""
    return RetryPolicy(attempts=settings.http_retries, base_delay=settings.http_backoff_seconds,
                       deadline_seconds=settings.http_download_deadline_seconds,
                       min_bytes_per_second=settings.http_min_bytes_per_second or None)


def make_client(timeout: float, tokens: Mapping[str, Secret] | None = None,
                address_guard: AddressGuard | None = None) -> httpx.Client:
    """A client for collectors; `tokens` (host -> Secret) are sent as bearer tokens to their own host only.

    With `address_guard`, every connection (each redirect hop too) goes only to an address the guard checked.
    """
    return httpx.Client(timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)), follow_redirects=False,
                        headers={"User-Agent": USER_AGENT}, auth=HostTokenAuth(tokens) if tokens else None,
                        transport=address_guard.transport() if address_guard else None)


def retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds: a number, or an HTTP date."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


@dataclass(frozen=True)
class RedirectPolicy:
    """same_host: GDELT mirrors (their lists say http:// while the host answers https://).
    Otherwise any http(s) host, each hop passed to check_hop first (the SSRF check for articles)."""
    same_host: bool = True
    check_hop: Callable[[str], None] | None = None


SAME_HOST = RedirectPolicy()


def _next_url(url: str, response: httpx.Response, redirects: RedirectPolicy) -> str:
    target = urljoin(url, response.headers.get("location", ""))
    old, new = urlsplit(url), urlsplit(target)
    if new.scheme not in ("http", "https") or (redirects.same_host and new.hostname != old.hostname):
        raise FetchError(f"{url}: redirect to {target} refused (only same-host http(s) redirects are followed)")
    if redirects.check_hop is not None:
        redirects.check_hop(target)
    return target


@dataclass(frozen=True)
class _Pace:
    """When a download must be done, and how fast each try must go once its grace (a read timeout) is over."""
    deadline: float | None  # time.monotonic() value
    deadline_seconds: float | None
    min_rate: float | None
    grace: float

    def check(self, url: str, started: float, received: int) -> None:
        now = time.monotonic()
        if self.deadline is not None and now > self.deadline:
            raise FetchError(f"{url}: not finished within {self.deadline_seconds:g} s "
                             f"(http_download_deadline_seconds); {received} bytes received")
        elapsed = now - started
        if self.min_rate and elapsed > self.grace and received < self.min_rate * elapsed:
            raise FetchError(f"{url}: too slow, {received} bytes in {elapsed:.0f} s, under "
                             f"{self.min_rate:g} bytes/s (http_min_bytes_per_second)")


def _pace(client: httpx.Client, policy: RetryPolicy) -> _Pace:
    deadline = time.monotonic() + policy.deadline_seconds if policy.deadline_seconds else None
    return _Pace(deadline, policy.deadline_seconds, policy.min_bytes_per_second, client.timeout.read or 10.0)


def _stream_once(client: httpx.Client, url: str, sink: BinaryIO, max_bytes: int, redirects: RedirectPolicy,
                 headers: dict[str, str] | None, pace: _Pace
                 ) -> tuple[int, float | None, httpx.Headers | None]:
    """One GET following allowed redirects; (status, retry_after, headers). Body goes to sink on 200."""
    started = time.monotonic()
    for _ in range(MAX_REDIRECTS + 1):
        with client.stream("GET", url, headers=headers) as response:
            if response.has_redirect_location:
                url = _next_url(url, response, redirects)
                continue
            if response.status_code != 200:
                return (response.status_code, retry_after_seconds(response.headers.get("retry-after")),
                        response.headers)
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(f"{url}: body of {declared} bytes is over the {max_bytes}-byte cap")
            received = 0
            for chunk in response.iter_bytes():
                received += len(chunk)
                if received > max_bytes:
                    raise FetchError(f"{url}: body larger than the {max_bytes}-byte cap")
                sink.write(chunk)
                pace.check(url, started, received)
            return 200, None, response.headers
    raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")


def download(client: httpx.Client, url: str, sink: BinaryIO, max_bytes: int, policy: RetryPolicy,
             sleep: Callable[[float], None] = time.sleep, redirects: RedirectPolicy = SAME_HOST,
             headers: dict[str, str] | None = None) -> tuple[int, httpx.Headers | None]:
    """GET url into sink, retrying connection errors, timeouts, 429 and 5xx; other statuses fail at once,
    and so does a download past the policy's deadline or under its minimum rate.

    Returns (status, response headers): 200, or 304 when conditional headers were sent and nothing changed.
    """
    last = ""
    pace = _pace(client, policy)
    for attempt in range(1, policy.attempts + 1):
        sink.seek(0)
        sink.truncate()
        try:
            status, retry_after, response_headers = _stream_once(client, url, sink, max_bytes, redirects, headers,
                                                                 pace)
        except httpx.TransportError as exc:  # connect errors, resets, timeouts, stalled bodies
            status, retry_after, response_headers, last = 0, None, None, f"{type(exc).__name__}"
        if status in (200, 304):
            return status, response_headers
        if status and status not in RETRY_STATUS:
            raise FetchError(f"{url}: HTTP {status}", status)
        last = last if status == 0 else f"HTTP {status}"
        if attempt < policy.attempts:
            delay = policy.delay(attempt, retry_after)
            if pace.deadline is not None and time.monotonic() + delay > pace.deadline:
                raise FetchError(f"{url}: {last} on try {attempt} of {policy.attempts}; no time left for another "
                                 f"within {pace.deadline_seconds:g} s (http_download_deadline_seconds)", None,
                                 transient=True)
            sleep(delay)
    raise FetchError(f"{url}: {last} after {policy.attempts} tries", None, transient=True)


def get_bytes(client: httpx.Client, url: str, max_bytes: int, policy: RetryPolicy,
              redirects: RedirectPolicy = SAME_HOST) -> bytes:
    buffer = io.BytesIO()
    download(client, url, buffer, max_bytes, policy, redirects=redirects)
    return buffer.getvalue()
