"""HTTP for collectors: timeouts, retries with exponential backoff and jitter, Retry-After, body caps,
and redirects followed only on the same host (GDELT's lists say http:// while the host answers https).
"""
from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import BinaryIO
from urllib.parse import urljoin, urlsplit

import httpx

from flows import __version__

USER_AGENT = f"allywatch/{__version__} (+https://github.com/allywatch; news support metrics)"
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
MAX_REDIRECTS = 5


class FetchError(Exception):
    """A fetch that failed for good (after retries, or at once for 4xx, oversize bodies, foreign redirects)."""


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 60.0
    jitter: float = 0.5

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds before try `attempt + 1`: Retry-After when the server gave one, else backoff + jitter."""
        if retry_after is not None:
            return min(retry_after, self.max_delay)
        backoff = min(self.base_delay * 2 ** (attempt - 1), self.max_delay)
        return backoff * (1 + random.uniform(0, self.jitter))


def make_client(timeout: float) -> httpx.Client:
    return httpx.Client(timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)), follow_redirects=False,
                        headers={"User-Agent": USER_AGENT})


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


def _next_url(url: str, response: httpx.Response) -> str:
    target = urljoin(url, response.headers.get("location", ""))
    old, new = urlsplit(url), urlsplit(target)
    if new.scheme not in ("http", "https") or new.hostname != old.hostname:
        raise FetchError(f"{url}: redirect to {target} refused (only same-host http(s) redirects are followed)")
    return target


def _stream_once(client: httpx.Client, url: str, sink: BinaryIO, max_bytes: int) -> tuple[int, float | None]:
    """One GET with redirects on the same host; returns (status, retry_after). Body goes to sink on 200."""
    for _ in range(MAX_REDIRECTS + 1):
        with client.stream("GET", url) as response:
            if response.is_redirect:
                url = _next_url(url, response)
                continue
            if response.status_code != 200:
                return response.status_code, retry_after_seconds(response.headers.get("retry-after"))
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(f"{url}: body of {declared} bytes is over the {max_bytes}-byte cap")
            received = 0
            for chunk in response.iter_bytes():
                received += len(chunk)
                if received > max_bytes:
                    raise FetchError(f"{url}: body larger than the {max_bytes}-byte cap")
                sink.write(chunk)
            return 200, None
    raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")


def download(client: httpx.Client, url: str, sink: BinaryIO, max_bytes: int, policy: RetryPolicy,
             sleep: Callable[[float], None] = time.sleep) -> None:
    """GET url into sink, retrying connection errors, timeouts, 429 and 5xx; other statuses fail at once."""
    last = ""
    for attempt in range(1, policy.attempts + 1):
        sink.seek(0)
        sink.truncate()
        try:
            status, retry_after = _stream_once(client, url, sink, max_bytes)
        except httpx.TransportError as exc:  # connect errors, resets, timeouts, stalled bodies
            status, retry_after, last = 0, None, f"{type(exc).__name__}"
        if status == 200:
            return
        if status and status not in RETRY_STATUS:
            raise FetchError(f"{url}: HTTP {status}")
        last = last if status == 0 else f"HTTP {status}"
        if attempt < policy.attempts:
            sleep(policy.delay(attempt, retry_after))
    raise FetchError(f"{url}: {last} after {policy.attempts} tries")


def get_bytes(client: httpx.Client, url: str, max_bytes: int, policy: RetryPolicy) -> bytes:
    import io

    buffer = io.BytesIO()
    download(client, url, buffer, max_bytes, policy)
    return buffer.getvalue()
